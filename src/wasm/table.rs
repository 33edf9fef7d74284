//! The interactive indicator table: filter as the reader types, sort by header buttons,
//! state in the URL hash, CSV export, and only the rows in view in the DOM.
//!
//! Markup comes from the core (`TableModel::shell`, `rows_html`); this module only keeps
//! state and wires events. Listeners sit on the widget root (delegation) and on `window`
//! (`hashchange`, `beforeprint`/`afterprint`); all are owned by the widget and removed when
//! it is dropped.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, Event, HtmlElement, HtmlInputElement, HtmlSelectElement};

use super::hash;
use super::listen::EventListener;
use crate::filter::{Column, Filter, Sort};
use crate::view::table::{aria_sort, count_text};
use crate::view::{Lang, TableModel};

/// Rows rendered above and below the viewport.
const MARGIN: usize = 12;
/// Tables up to this many visible rows are rendered whole.
const SMALL: usize = 80;
/// Row height assumed until a row can be measured (px).
const DEFAULT_ROW_H: f64 = 40.0;
/// Delay before the URL hash follows the table: typing writes the hash once, not on every
/// keystroke (browsers throttle history updates).
const HASH_DELAY_MS: i32 = 250;

/// Settings of a table widget.
pub struct TableConfig {
    /// Interface language.
    pub lang: Lang,
    /// Initial filter and sort (`data-filter`), overridden by the URL hash.
    pub query: String,
    /// The widget's key in the URL hash (`pm-0`), or `None` to leave the hash alone.
    pub hash_key: Option<String>,
    /// File name of the CSV export, without `.csv`.
    pub file_stem: String,
}

/// A mounted table widget. Dropping it removes every listener and its stylesheet.
pub struct TableWidget {
    inner: Rc<Inner>,
}

struct Inner {
    el: Element,
    model: TableModel,
    cfg: TableConfig,
    scope: String,
    sheet: Option<CssStyleSheet>,
    original: String,
    state: RefCell<State>,
    listeners: RefCell<Vec<EventListener>>,
    /// The timer callback that writes the hash, and the pending timer's id.
    hash_writer: RefCell<Option<Closure<dyn FnMut()>>>,
    hash_timer: RefCell<Option<i32>>,
}

struct State {
    filter: Filter,
    sort: Option<Sort>,
    ids: Vec<u32>,
    window: (usize, usize),
    row_h: f64,
    blob_url: Option<String>,
    /// Printing: every row in the DOM until `afterprint`.
    printing: bool,
}

thread_local! {
    static SCOPES: RefCell<u32> = const { RefCell::new(0) };
}

impl TableWidget {
    /// Renders `model` into `el` and starts listening.
    pub fn mount(el: &Element, model: TableModel, cfg: TableConfig) -> TableWidget {
        let query = cfg
            .hash_key
            .as_deref()
            .and_then(hash::read)
            .unwrap_or_else(|| cfg.query.clone());
        let scope = SCOPES.with(|s| {
            let mut s = s.borrow_mut();
            *s += 1;
            format!("pm-vt-{}", *s)
        });
        let inner = Rc::new(Inner {
            el: el.clone(),
            model,
            scope,
            sheet: new_sheet(),
            original: el.inner_html(),
            state: RefCell::new(State {
                filter: Filter::from_query(&query),
                sort: Sort::from_query(&query),
                ids: Vec::new(),
                window: (0, 0),
                row_h: DEFAULT_ROW_H,
                blob_url: None,
                printing: false,
            }),
            listeners: RefCell::new(Vec::new()),
            hash_writer: RefCell::new(None),
            hash_timer: RefCell::new(None),
            cfg,
        });
        inner.render_shell();
        inner.refilter(false);
        listen(&inner);
        TableWidget { inner }
    }

    /// Applies a filter query (`category=creation&q=专利&sort=-progress`).
    pub fn set_filter(&self, query: &str) {
        self.inner.set_query(query);
        self.inner.render_shell();
        self.inner.refilter(true);
    }

    /// The current filter and sort as a query string.
    pub fn query(&self) -> String {
        let st = self.inner.state.borrow();
        st.filter.to_query_with(st.sort)
    }

    /// Number of rows that pass the filter.
    pub fn visible_count(&self) -> usize {
        self.inner.state.borrow().ids.len()
    }

    /// Removes the listeners and the stylesheet and restores the element's content.
    pub fn destroy(self) {
        self.inner.listeners.borrow_mut().clear();
        self.inner.el.set_inner_html(&self.inner.original);
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.listeners.get_mut().clear();
        // The timer must not fire into a freed closure.
        if let (Some(id), Some(w)) = (self.hash_timer.get_mut().take(), web_sys::window()) {
            w.clear_timeout_with_handle(id);
        }
        if let Some(sheet) = &self.sheet {
            adopt(sheet, false);
        }
        if let Some(url) = self.state.get_mut().blob_url.take() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    }
}

fn listen(inner: &Rc<Inner>) {
    let target: &web_sys::EventTarget = inner.el.as_ref();
    let mut ls = Vec::new();
    let on = |f: fn(&Inner, &Event)| {
        let weak: Weak<Inner> = Rc::downgrade(inner);
        move |ev: Event| {
            if let Some(i) = weak.upgrade() {
                f(&i, &ev);
            }
        }
    };
    ls.push(EventListener::new(target, "input", on(Inner::on_filter)));
    ls.push(EventListener::new(target, "change", on(Inner::on_filter)));
    ls.push(EventListener::new(target, "click", on(Inner::on_click)));
    ls.push(EventListener::capture(
        target,
        "scroll",
        on(Inner::on_scroll),
    ));
    if inner.cfg.hash_key.is_some() {
        if let Some(win) = web_sys::window() {
            ls.push(EventListener::new(&win, "hashchange", on(Inner::on_hash)));
        }
    }
    if let Some(win) = web_sys::window() {
        ls.push(EventListener::new(&win, "beforeprint", on(Inner::on_print)));
        ls.push(EventListener::new(&win, "afterprint", on(Inner::on_print)));
    }
    *inner.listeners.borrow_mut() = ls;
    let weak = Rc::downgrade(inner);
    let writer = Closure::<dyn FnMut()>::new(move || {
        if let Some(i) = weak.upgrade() {
            i.write_hash();
        }
    });
    *inner.hash_writer.borrow_mut() = Some(writer);
}

impl Inner {
    fn root(&self) -> Element {
        self.el
            .first_element_child()
            .unwrap_or_else(|| self.el.clone())
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.el.query_selector(selector).ok().flatten()
    }

    fn set_query(&self, query: &str) {
        let mut st = self.state.borrow_mut();
        st.filter = Filter::from_query(query);
        st.sort = Sort::from_query(query);
    }

    /// The shell (filter bar with current values, header, empty body), scoped for the
    /// spacer rules.
    fn render_shell(&self) {
        let html = {
            let st = self.state.borrow();
            self.model.shell(&st.filter, st.sort, self.cfg.lang)
        };
        self.el.set_inner_html(&html);
        let _ = self.root().class_list().add_1(&self.scope);
        self.ensure_scroller();
        self.state.borrow_mut().window = (0, 0);
    }

    /// Wraps the table in a scroll container when the shell has none.
    fn ensure_scroller(&self) {
        if self.find("[data-pm-scroll]").is_some() {
            return;
        }
        let Some(table) = self.find("table") else {
            return;
        };
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(div) = doc.create_element("div") else {
            return;
        };
        div.set_class_name("pm-scroll");
        let _ = div.set_attribute("data-pm-scroll", "");
        if let Some(parent) = table.parent_node() {
            let _ = parent.insert_before(&div, Some(&table));
            let _ = div.append_child(&table);
        }
    }

    /// Recomputes the visible rows and re-renders the body and count; schedules the hash.
    fn refilter(&self, write_hash: bool) {
        {
            let mut st = self.state.borrow_mut();
            st.ids = self.model.visible(&st.filter, st.sort);
            st.window = (usize::MAX, 0);
        }
        if let Some(s) = self.find("[data-pm-scroll]") {
            s.set_scroll_top(0);
        }
        self.render_rows();
        self.update_count();
        self.update_sort_marks();
        if write_hash && self.cfg.hash_key.is_some() {
            self.schedule_hash();
        }
    }

    /// Writes the hash after [`HASH_DELAY_MS`], once for a burst of changes.
    fn schedule_hash(&self) {
        if self.hash_timer.borrow().is_some() {
            return;
        }
        let (Some(win), Some(cb)) = (
            web_sys::window(),
            self.hash_writer
                .borrow()
                .as_ref()
                .map(|c| c.as_ref().unchecked_ref::<js_sys::Function>().clone()),
        ) else {
            return;
        };
        if let Ok(id) =
            win.set_timeout_with_callback_and_timeout_and_arguments_0(&cb, HASH_DELAY_MS)
        {
            *self.hash_timer.borrow_mut() = Some(id);
        }
    }

    fn write_hash(&self) {
        self.hash_timer.borrow_mut().take();
        let Some(key) = &self.cfg.hash_key else {
            return;
        };
        let query = {
            let st = self.state.borrow();
            st.filter.to_query_with(st.sort)
        };
        hash::write(key, &query);
    }

    fn on_filter(&self, ev: &Event) {
        let Some(t) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if !t.has_attribute("data-pm-filter") {
            return;
        }
        let filter = Filter::from_query(&self.controls_query());
        {
            let mut st = self.state.borrow_mut();
            if st.filter == filter {
                // `change` after `input` on the search box: already applied.
                return;
            }
            st.filter = filter;
        }
        self.refilter(true);
    }

    /// The filter controls' current values as a query string.
    fn controls_query(&self) -> String {
        let mut q = Vec::new();
        let Ok(list) = self.el.query_selector_all("[data-pm-filter]") else {
            return String::new();
        };
        for i in 0..list.length() {
            let Some(node) = list.item(i) else { continue };
            let Some(el) = node.dyn_ref::<Element>() else {
                continue;
            };
            let name = el.get_attribute("data-pm-filter").unwrap_or_default();
            let value = control_value(el);
            if !value.is_empty() {
                q.push(format!(
                    "{}={}",
                    crate::filter::encode(&name),
                    crate::filter::encode(&value)
                ));
            }
        }
        q.join("&")
    }

    fn on_click(&self, ev: &Event) {
        let Some(t) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Ok(Some(b)) = t.closest("[data-pm-sort]") {
            let col = b.get_attribute("data-pm-sort").unwrap_or_default();
            if let Some(column) = Column::from_name(&col) {
                {
                    let mut st = self.state.borrow_mut();
                    st.sort = Some(Sort::toggled(st.sort, column));
                }
                self.refilter(true);
            }
        } else if let Ok(Some(_)) = t.closest("[data-pm-csv]") {
            ev.prevent_default();
            self.export_csv();
        }
    }

    fn on_scroll(&self, _ev: &Event) {
        self.render_rows();
    }

    /// A printed table shows every row, not just the ones in view.
    fn on_print(&self, ev: &Event) {
        {
            let mut st = self.state.borrow_mut();
            st.printing = ev.type_() == "beforeprint";
            st.window = (usize::MAX, 0);
        }
        self.render_rows();
    }

    fn on_hash(&self, _ev: &Event) {
        let Some(key) = &self.cfg.hash_key else {
            return;
        };
        let stored = hash::read(key).unwrap_or_else(|| self.cfg.query.clone());
        let current = {
            let st = self.state.borrow();
            st.filter.to_query_with(st.sort)
        };
        let wanted = {
            let f = Filter::from_query(&stored);
            f.to_query_with(Sort::from_query(&stored))
        };
        if wanted != current {
            self.set_query(&stored);
            self.render_shell();
            self.refilter(false);
        }
    }

    /// Renders the rows in view (plus a margin) between two spacer rows; small tables whole.
    fn render_rows(&self) {
        let Some(body) = self.find("[data-pm-body]") else {
            return;
        };
        let (n, row_h, current, printing) = {
            let st = self.state.borrow();
            (st.ids.len(), st.row_h, st.window, st.printing)
        };
        // Without constructed stylesheets (old browsers) spacers cannot be sized: render all.
        let window = if n <= SMALL || printing || self.sheet.is_none() {
            (0, n)
        } else {
            self.window_in_view(&body, n, row_h)
        };
        if window == current {
            return;
        }
        let (start, end) = window;
        let cols = self
            .el
            .query_selector_all("thead th")
            .map(|l| l.length())
            .unwrap_or(1)
            .max(1);
        let html = {
            let st = self.state.borrow();
            let slice = st.ids.get(start..end).unwrap_or(&[]);
            if n == 0 {
                // The core's "nothing matches" row.
                self.model.rows_html(&[], self.cfg.lang)
            } else {
                let mut html = spacer("top", cols);
                html.push_str(&self.model.rows_html(slice, self.cfg.lang));
                html.push_str(&spacer("bottom", cols));
                html
            }
        };
        body.set_inner_html(&html);
        self.state.borrow_mut().window = window;
        self.mark_rows(&body, start, n);
        let measured = self.measure_row(&body);
        if let Some(h) = measured {
            let changed = {
                let mut st = self.state.borrow_mut();
                let changed = (st.row_h - h).abs() > 0.5;
                st.row_h = h;
                changed
            };
            if changed && n > SMALL && !printing {
                self.state.borrow_mut().window = (usize::MAX, 0);
                return self.render_rows();
            }
        }
        let row_h = self.state.borrow().row_h;
        self.set_spacers(start as f64 * row_h, (n - end) as f64 * row_h);
    }

    /// The slice of rows under the scroll container's viewport, widened by [`MARGIN`] and
    /// aligned so that small scrolls do not re-render.
    fn window_in_view(&self, body: &Element, n: usize, row_h: f64) -> (usize, usize) {
        let (top, height) = match self.find("[data-pm-scroll]") {
            Some(s) => {
                let body_top = body.get_bounding_client_rect().top()
                    - s.get_bounding_client_rect().top()
                    + f64::from(s.scroll_top());
                let h = f64::from(s.client_height());
                (
                    f64::from(s.scroll_top()) - body_top,
                    if h > 0.0 { h } else { 600.0 },
                )
            }
            None => (0.0, 600.0),
        };
        let first = (top.max(0.0) / row_h) as usize;
        let count = ((height / row_h).ceil() as usize).saturating_add(1);
        let start = first.saturating_sub(MARGIN) / MARGIN * MARGIN;
        let end = first
            .saturating_add(count.saturating_add(MARGIN * 2))
            .min(n);
        (start.min(end), end)
    }

    /// `aria-rowcount` on the table and `aria-rowindex` on each rendered row, so that
    /// screen readers know the full size.
    fn mark_rows(&self, body: &Element, start: usize, n: usize) {
        if let Ok(Some(table)) = body.closest("table") {
            let _ = table.set_attribute("aria-rowcount", &(n + 1).to_string());
        }
        let rows = body.children();
        let mut index = start + 2;
        for i in 0..rows.length() {
            let Some(tr) = rows.item(i) else { continue };
            if tr.has_attribute("data-pm-spacer") {
                continue;
            }
            let _ = tr.set_attribute("aria-rowindex", &index.to_string());
            index += 1;
        }
    }

    fn measure_row(&self, body: &Element) -> Option<f64> {
        let tr = body.query_selector("tr:not([data-pm-spacer])").ok()??;
        let h = tr.get_bounding_client_rect().height();
        (h >= 8.0).then_some(h)
    }

    /// Spacer heights as a CSS rule in the widget's own constructed stylesheet (CSP: no
    /// `style` attributes).
    fn set_spacers(&self, top: f64, bottom: f64) {
        let Some(sheet) = &self.sheet else { return };
        let s = &self.scope;
        // Whole pixels via crate::num: `{:.0}` would pull the float printer into the wasm.
        let (top, bottom) = (crate::num::fixed(top, 0), crate::num::fixed(bottom, 0));
        let css = format!(
            ".{s} tr.pm-spacer[data-pm-spacer=top]{{--pm-spacer-h:{top}px}}\
             .{s} tr.pm-spacer[data-pm-spacer=bottom]{{--pm-spacer-h:{bottom}px}}"
        );
        let _ = sheet.replace_sync(&css);
    }

    fn update_count(&self) {
        let Some(el) = self.find("[data-pm-count]") else {
            return;
        };
        let n = self.state.borrow().ids.len();
        el.set_text_content(Some(&count_text(n, self.model.len(), self.cfg.lang)));
    }

    /// `aria-sort` on every sortable header, after a sort change (the shell stays, so the
    /// focused button keeps focus).
    fn update_sort_marks(&self) {
        let sort = self.state.borrow().sort;
        let Ok(list) = self.el.query_selector_all("[data-pm-sort]") else {
            return;
        };
        for i in 0..list.length() {
            let Some(b) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let col = b.get_attribute("data-pm-sort").unwrap_or_default();
            let Some(column) = Column::from_name(&col) else {
                continue;
            };
            let value = aria_sort(column, sort);
            if let Ok(Some(th)) = b.closest("th") {
                let _ = th.set_attribute("aria-sort", value);
            }
        }
    }

    /// Downloads the visible rows as CSV (the core's text: UTF-8 with BOM).
    fn export_csv(&self) {
        let csv = {
            let st = self.state.borrow();
            self.model.csv(&st.ids)
        };
        let Some(url) = blob_url(&csv) else { return };
        let old = self.state.borrow_mut().blob_url.replace(url.clone());
        if let Some(old) = old {
            let _ = web_sys::Url::revoke_object_url(&old);
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(a) = doc.create_element("a") else {
            return;
        };
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", &format!("{}.csv", self.cfg.file_stem));
        if let Some(a) = a.dyn_ref::<HtmlElement>() {
            a.click();
        }
    }
}

fn control_value(el: &Element) -> String {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        return i.value();
    }
    if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
        return s.value();
    }
    String::new()
}

fn spacer(which: &str, cols: u32) -> String {
    format!(
        "<tr class=\"pm-spacer\" data-pm-spacer=\"{which}\" aria-hidden=\"true\"><td colspan=\"{cols}\"></td></tr>"
    )
}

fn blob_url(csv: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(csv));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// A constructed stylesheet adopted by the document (`None` where unsupported).
fn new_sheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    adopt(&sheet, true);
    Some(sheet)
}

/// Adds `sheet` to (or removes it from) `document.adoptedStyleSheets`.
fn adopt(sheet: &CssStyleSheet, add: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let current = doc.adopted_style_sheets();
    let next = js_sys::Array::new();
    for s in current.iter() {
        if !js_sys::Object::is(&s, sheet) {
            next.push(&s);
        }
    }
    if add {
        next.push(sheet);
    }
    doc.set_adopted_style_sheets(&next);
}
