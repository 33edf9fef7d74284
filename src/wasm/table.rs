//! The interactive indicator table: filter as the reader types, sort by header buttons,
//! state in the URL hash, CSV export, and only the rows in view in the DOM.
//!
//! Markup comes from the core (`TableModel::shell`, `rows_html`); this module only keeps
//! state and wires events. Listeners sit on the widget root (delegation) and on `window`
//! (`hashchange`, `beforeprint`/`afterprint`), and a `ResizeObserver` watches the scroll
//! container and the header; all are owned by the widget and removed when it is dropped.
//!
//! Speed: a keystroke reads no layout. The row height, the viewport height and the body's
//! offset are measured once after the first render and again when the observer reports a
//! size change (window resize, large-text mode 适老化); the scroll position is noted on
//! `scroll`. A narrowing keystroke filters only the previous result (`TableModel::narrow`),
//! and the count, spacers, `aria-rowcount` and sort marks are written only when they change.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlElement, ResizeObserver};

use super::hash;
use super::listen::EventListener;
use crate::filter::{Column, Filter, Sort};
use crate::view::patch;
use crate::view::table::{aria_sort, count_text};
use crate::view::{Lang, TableModel};

/// Rows rendered above and below the viewport while scrolling.
const MARGIN: usize = 12;
/// Rows rendered below the viewport at the top of the table (after a filter change, which
/// scrolls to the top): a keystroke renders little; scrolling renders the margins.
const OVERSCAN: usize = 1;
/// Tables up to this many visible rows are rendered whole (about a viewport and the
/// overscan: more would cost a keystroke more rendering than it saves).
const SMALL: usize = 30;
/// Row height assumed until a row can be measured (px).
const DEFAULT_ROW_H: f64 = 40.0;
/// Results kept for backspaces (a search term's length, about; 100,000 rows weigh 400 KB).
const TRAIL: usize = 12;
/// Viewport height assumed until the scroll container can be measured (px).
const DEFAULT_VIEW_H: f64 = 600.0;
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

/// A mounted table widget. Dropping it removes every listener.
pub struct TableWidget {
    inner: Rc<Inner>,
}

struct Inner {
    el: Element,
    model: TableModel,
    cfg: TableConfig,
    original: String,
    state: RefCell<State>,
    listeners: RefCell<Vec<EventListener>>,
    /// Elements of the current shell, found once per shell render.
    parts: RefCell<Parts>,
    /// Re-measures on size changes of the scroll container and header.
    resize: RefCell<Option<Resize>>,
    /// The timer callback that writes the hash, and the pending timer's id.
    hash_writer: RefCell<Option<Closure<dyn FnMut()>>>,
    hash_timer: RefCell<Option<i32>>,
}

struct State {
    filter: Filter,
    sort: Option<Sort>,
    ids: Rc<Vec<u32>>,
    /// The results on the way to `ids` (the last one is `ids`), for their filter and sort:
    /// a narrower filter starts from the last, a backspace finds its earlier result here.
    trail: Vec<Step>,
    window: (usize, usize),
    geo: Geometry,
    /// The scroll container's `scrollTop`, as of the last `scroll` event.
    scroll_top: f64,
    /// What the DOM shows, to skip writes that would change nothing.
    shown: Shown,
    blob_url: Option<String>,
    /// Printing: every row in the DOM until `afterprint`.
    printing: bool,
}

/// One result on the filter trail.
struct Step {
    filter: Filter,
    sort: Option<Sort>,
    ids: Rc<Vec<u32>>,
}

/// Layout measured outside the keystroke path (px).
struct Geometry {
    /// Body row height (fixed by `--pm-row-h`).
    row_h: f64,
    /// The scroll container's height when full (its `max-height`).
    view_h: f64,
    /// Offset of the body's top in the scroll container's content (the header above it).
    body_top: f64,
    /// Whether a measurement was attempted (later ones come from the resize observer).
    tried: bool,
}

/// The values last written to the DOM (`None`: unknown, write the next one).
#[derive(Default)]
struct Shown {
    count: Option<usize>,
    rowcount: Option<usize>,
    /// Top and bottom spacer heights.
    spacers: Option<(String, String)>,
    sort: Option<Option<Sort>>,
    /// The body's rows: the index of the first and their ids.
    rows: Option<(usize, Vec<u32>)>,
}

/// The shell's elements the table writes to on every filter change.
#[derive(Default)]
struct Parts {
    body: Option<Element>,
    scroller: Option<Element>,
    count: Option<Element>,
    /// Header cells (the spacer cells' `colspan`).
    cols: u32,
}

/// A `ResizeObserver` and its callback; disconnected when dropped.
struct Resize {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Resize {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

impl TableWidget {
    /// Renders `model` into `el` and starts listening.
    pub fn mount(el: &Element, model: TableModel, cfg: TableConfig) -> TableWidget {
        let query = cfg
            .hash_key
            .as_deref()
            .and_then(hash::read)
            .unwrap_or_else(|| cfg.query.clone());
        let inner = Rc::new(Inner {
            el: el.clone(),
            model,
            original: el.inner_html(),
            state: RefCell::new(State {
                filter: Filter::from_query(&query),
                sort: Sort::from_query(&query),
                ids: Rc::new(Vec::new()),
                trail: Vec::new(),
                window: (0, 0),
                geo: Geometry {
                    row_h: DEFAULT_ROW_H,
                    view_h: DEFAULT_VIEW_H,
                    body_top: 0.0,
                    tried: false,
                },
                scroll_top: 0.0,
                shown: Shown::default(),
                blob_url: None,
                printing: false,
            }),
            listeners: RefCell::new(Vec::new()),
            parts: RefCell::new(Parts::default()),
            resize: RefCell::new(None),
            hash_writer: RefCell::new(None),
            hash_timer: RefCell::new(None),
            cfg,
        });
        inner.render_shell();
        inner.refilter(false);
        listen(&inner);
        inner.observe();
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

    /// Removes the listeners and restores the element's content.
    pub fn destroy(self) {
        self.inner.listeners.borrow_mut().clear();
        self.inner.resize.borrow_mut().take();
        self.inner.el.set_inner_html(&self.inner.original);
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.listeners.get_mut().clear();
        self.resize.get_mut().take();
        // The timer must not fire into a freed closure.
        if let (Some(id), Some(w)) = (self.hash_timer.get_mut().take(), super::window()) {
            w.clear_timeout_with_handle(id);
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
        if let Some(win) = super::window() {
            ls.push(EventListener::new(&win, "hashchange", on(Inner::on_hash)));
        }
    }
    if let Some(win) = super::window() {
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
    let weak = Rc::downgrade(inner);
    let callback = Closure::<dyn FnMut()>::new(move || {
        if let Some(i) = weak.upgrade() {
            i.on_resize();
        }
    });
    // Without ResizeObserver (old browsers) the sizes measured at mount stay.
    if let Ok(observer) = ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        *inner.resize.borrow_mut() = Some(Resize {
            observer,
            _callback: callback,
        });
    }
}

impl Inner {
    fn find(&self, selector: &str) -> Option<Element> {
        self.el.query_selector(selector).ok().flatten()
    }

    fn set_query(&self, query: &str) {
        let mut st = self.state.borrow_mut();
        st.filter = Filter::from_query(query);
        st.sort = Sort::from_query(query);
    }

    /// The shell (filter bar with current values, header, empty body).
    fn render_shell(&self) {
        let html = {
            let st = self.state.borrow();
            self.model.shell(&st.filter, st.sort, self.cfg.lang)
        };
        self.el.set_inner_html(&html);
        self.ensure_scroller();
        *self.parts.borrow_mut() = Parts {
            body: self.find("[data-pm-body]"),
            scroller: self.find("[data-pm-scroll]"),
            count: self.find("[data-pm-count]"),
            cols: self
                .el
                .query_selector_all("thead th")
                .map(|l| l.length())
                .unwrap_or(1)
                .max(1),
        };
        let mut st = self.state.borrow_mut();
        st.window = (0, 0);
        st.scroll_top = 0.0;
        st.shown = Shown::default();
        drop(st);
        self.observe();
    }

    /// Watches the (new) scroll container and header for size changes: a window resize
    /// changes the viewport, the large-text mode (适老化) the row height.
    fn observe(&self) {
        let resize = self.resize.borrow();
        let Some(r) = resize.as_ref() else { return };
        r.observer.disconnect();
        if let Some(s) = &self.parts.borrow().scroller {
            r.observer.observe(s);
        }
        if let Some(head) = self.find("thead") {
            r.observer.observe(&head);
        }
    }

    /// After a size change: re-measure, and re-render if the geometry moved.
    fn on_resize(&self) {
        if self.measure() {
            self.state.borrow_mut().window = (usize::MAX, 0);
            self.render_rows();
        }
    }

    /// The row and viewport heights from computed style (a style read, no layout), for the
    /// first render; the resize observer's first report then measures the layout. `true`
    /// when the assumed sizes changed.
    fn estimate(&self, body: &Element) -> bool {
        let row_h = row_height_from_style(body);
        let view_h = self.parts.borrow().scroller.as_ref().and_then(max_height);
        let mut st = self.state.borrow_mut();
        let g = &mut st.geo;
        g.tried = true;
        let mut changed = false;
        for (slot, new) in [(&mut g.row_h, row_h), (&mut g.view_h, view_h)] {
            if let Some(v) = new.filter(|v| (*slot - v).abs() > 0.5) {
                *slot = v;
                changed = true;
            }
        }
        changed
    }

    /// Reads the row height, viewport height and body offset from layout; `true` when one
    /// of them changed. Only called after the first render and from the resize observer
    /// (where layout is already clean), never on a keystroke.
    fn measure(&self) -> bool {
        let (Some(body), Some(s)) = ({
            let p = self.parts.borrow();
            (p.body.clone(), p.scroller.clone())
        }) else {
            return false;
        };
        let row_h = body
            .query_selector("tr.pm-row")
            .ok()
            .flatten()
            .map(|tr| tr.get_bounding_client_rect().height())
            .filter(|h| *h >= 8.0);
        let client_h = f64::from(s.client_height());
        let view_h = max_height(&s).or((client_h > 0.0).then_some(client_h));
        let body_top = body.get_bounding_client_rect().top() - s.get_bounding_client_rect().top()
            + f64::from(s.scroll_top());
        let mut st = self.state.borrow_mut();
        let g = &mut st.geo;
        g.tried = true;
        let mut changed = false;
        for (slot, new) in [
            (&mut g.row_h, row_h),
            (&mut g.view_h, view_h),
            (&mut g.body_top, Some(body_top)),
        ] {
            if let Some(v) = new.filter(|v| v.is_finite() && (*slot - v).abs() > 0.5) {
                *slot = v;
                changed = true;
            }
        }
        changed
    }

    /// Wraps the table in a scroll container when the shell has none.
    fn ensure_scroller(&self) {
        if self.find("[data-pm-scroll]").is_some() {
            return;
        }
        let Some(table) = self.find("table") else {
            return;
        };
        let Some(doc) = super::window().and_then(|w| w.document()) else {
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
        let scrolled = {
            let mut st = self.state.borrow_mut();
            st.ids = self.next_ids(&mut st);
            st.window = (usize::MAX, 0);
            std::mem::take(&mut st.scroll_top) > 0.0
        };
        // Setting scrollTop forces layout: only when the table is not at the top already.
        if scrolled {
            if let Some(s) = &self.parts.borrow().scroller {
                s.set_scroll_top(0);
            }
        }
        self.render_rows();
        self.update_count();
        self.update_sort_marks();
        self.mark_query();
        if write_hash && self.cfg.hash_key.is_some() {
            self.schedule_hash();
        }
    }

    /// The rows passing the current filter: an earlier result on the trail (a backspace),
    /// the last result narrowed (one more character), or a full filter; kept on the trail.
    fn next_ids(&self, st: &mut State) -> Rc<Vec<u32>> {
        let (filter, sort) = (&st.filter, st.sort);
        let same = |s: &Step| s.sort == sort && s.filter == *filter;
        if let Some(i) = st.trail.iter().rposition(same) {
            st.trail.truncate(i + 1);
            if let Some(s) = st.trail.last() {
                return Rc::clone(&s.ids);
            }
        }
        let narrowed = match st.trail.last() {
            Some(s) if s.sort == sort => self.model.narrow(&s.filter, &s.ids, filter),
            _ => None,
        };
        let ids = Rc::new(narrowed.unwrap_or_else(|| self.model.visible(filter, sort)));
        if st.trail.last().is_some_and(|s| s.sort != sort) {
            st.trail.clear();
        }
        if st.trail.len() >= TRAIL {
            st.trail.remove(0);
        }
        st.trail.push(Step {
            filter: filter.clone(),
            sort,
            ids: Rc::clone(&ids),
        });
        ids
    }

    /// Writes the hash [`HASH_DELAY_MS`] after the last of a burst of changes: while the
    /// reader types, no history entry is rewritten (`replaceState` costs milliseconds).
    fn schedule_hash(&self) {
        let (Some(win), Some(cb)) = (
            super::window(),
            self.hash_writer
                .borrow()
                .as_ref()
                .map(|c| c.as_ref().unchecked_ref::<js_sys::Function>().clone()),
        ) else {
            return;
        };
        if let Some(id) = self.hash_timer.borrow_mut().take() {
            win.clear_timeout_with_handle(id);
        }
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
            let el = node.unchecked_ref::<Element>();
            let name = el.get_attribute("data-pm-filter").unwrap_or_default();
            let value = control_value(el);
            if !value.is_empty() {
                let (name, value) = (crate::filter::encode(&name), crate::filter::encode(&value));
                q.push([name.as_str(), "=", value.as_str()].concat());
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

    fn on_scroll(&self, ev: &Event) {
        let top = {
            let p = self.parts.borrow();
            let Some(s) = &p.scroller else { return };
            // Only the table's own scroll container (a scrolling cell does not move rows).
            if ev.target().map(JsValue::from) != Some(JsValue::from(s)) {
                return;
            }
            s.scroll_top()
        };
        self.state.borrow_mut().scroll_top = f64::from(top);
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
        let (Some(body), cols) = ({
            let p = self.parts.borrow();
            (p.body.clone(), p.cols)
        }) else {
            return;
        };
        let (n, window, current) = {
            let st = self.state.borrow();
            (st.ids.len(), self.window(&st), st.window)
        };
        if window == current {
            return;
        }
        let (start, end) = window;
        // The rows in view did not change (one more character, same first matches), or some
        // of them stay: no HTML to parse for those, no text to lay out again.
        let kept = n > 0 && (self.same_rows(start, end) || self.patch_rows(&body, start, end));
        if !kept {
            let html = {
                let st = self.state.borrow();
                let slice = st.ids.get(start..end).unwrap_or(&[]);
                if n == 0 {
                    // The core's "nothing matches" row.
                    self.model.rows_html(&[], self.cfg.lang)
                } else {
                    let mut html = spacer("top", cols);
                    // Row 1 is the header.
                    let rows = self
                        .model
                        .rows_html_indexed(slice, start + 2, self.cfg.lang);
                    html.push_str(&rows);
                    html.push_str(&spacer("bottom", cols));
                    html
                }
            };
            body.set_inner_html(&html);
            // New spacer rows: their heights are unset.
            self.state.borrow_mut().shown.spacers = None;
        }
        {
            let mut st = self.state.borrow_mut();
            st.window = window;
            let rows = st.ids.get(start..end).unwrap_or(&[]).to_vec();
            st.shown.rows = (n > 0).then_some((start, rows));
        }
        self.set_rowcount(&body, n);
        if !kept && n > 0 && !self.state.borrow().geo.tried && self.estimate(&body) {
            // The first render used assumed sizes: once more with the styled ones.
            self.state.borrow_mut().window = (usize::MAX, 0);
            return self.render_rows();
        }
        let row_h = self.state.borrow().geo.row_h;
        if n > 0 {
            self.set_spacers(&body, start as f64 * row_h, (n - end) as f64 * row_h);
        }
    }

    /// Turns the body's rows into rows `start..end` in place when some rows in view stay
    /// (see [`crate::view::patch`]): shared rows keep their elements (and layout), the
    /// others are removed or inserted. False, with the DOM untouched, when nothing is
    /// shared or the body is not as last rendered.
    fn patch_rows(&self, body: &Element, start: usize, end: usize) -> bool {
        let st = self.state.borrow();
        let (Some((old_start, shown)), Some(wanted)) = (&st.shown.rows, st.ids.get(start..end))
        else {
            return false;
        };
        let Some(steps) = patch::plan(shown, wanted) else {
            return false;
        };
        // The body is [top spacer, rows…, bottom spacer].
        if body.child_element_count() as usize != shown.len() + 2 {
            return false;
        }
        let Some(mut prev) = body.first_element_child() else {
            return false;
        };
        // One walk along the shown rows: `el` is shown row `at`, the next to keep or drop.
        let mut el = prev.next_element_sibling();
        let mut at = 0;
        let drop_until = |until: usize, el: &mut Option<Element>, at: &mut usize| {
            while *at < until {
                let Some(e) = el.take() else { return };
                *el = e.next_element_sibling();
                e.remove();
                *at += 1;
            }
        };
        // `aria-rowindex`: row 1 is the header.
        let index = |new: usize| start + new + 2;
        for step in steps {
            match step {
                patch::Step::Keep { old, new } => {
                    drop_until(old, &mut el, &mut at);
                    let Some(e) = el.take() else { break };
                    if old_start + old != start + new {
                        let i = crate::view::format::int(index(new) as i64);
                        let _ = e.set_attribute("aria-rowindex", &i);
                    }
                    el = e.next_element_sibling();
                    at += 1;
                    prev = e;
                }
                patch::Step::Insert { new, len } => {
                    let ids = wanted.get(new..new + len).unwrap_or(&[]);
                    let html = self.model.rows_html_indexed(ids, index(new), self.cfg.lang);
                    let _ = prev.insert_adjacent_html("afterend", &html);
                    for _ in 0..ids.len() {
                        let Some(next) = prev.next_element_sibling() else {
                            break;
                        };
                        prev = next;
                    }
                }
            }
        }
        drop_until(shown.len(), &mut el, &mut at);
        true
    }

    /// The slice of rows to render: all of a small table (or while printing); at the top,
    /// the viewport plus [`OVERSCAN`]; else the rows under the viewport, widened by
    /// [`MARGIN`] and aligned so that small scrolls do not re-render. No layout reads.
    fn window(&self, st: &State) -> (usize, usize) {
        let n = st.ids.len();
        if n <= SMALL || st.printing {
            return (0, n);
        }
        let g = &st.geo;
        // Rows that fit under the caption and header (at the top, they take that space).
        let body_h = (g.view_h - g.body_top).max(g.row_h);
        let fit = (body_h / g.row_h).ceil() as usize;
        if st.scroll_top <= 0.0 {
            // At the top the rows start at the body's top: `fit` rows fill the view.
            return (0, fit.saturating_add(OVERSCAN).min(n));
        }
        // Scrolled, the first row may be cut: one more.
        let count = fit.saturating_add(1);
        let first = ((st.scroll_top - g.body_top).max(0.0) / g.row_h) as usize;
        let start = first.saturating_sub(MARGIN) / MARGIN * MARGIN;
        let end = first
            .saturating_add(count.saturating_add(MARGIN * 2))
            .min(n);
        (start.min(end), end)
    }

    /// `data-pm-query` on the widget: the filter and sort the rows show, as a query string
    /// (for host scripts and styles; it changes on every applied filter, also when the
    /// rows in view stay the same).
    fn mark_query(&self) {
        let q = {
            let st = self.state.borrow();
            st.filter.to_query_with(st.sort)
        };
        let _ = self.el.set_attribute("data-pm-query", &q);
    }

    /// Whether the body already shows rows `start..end` of the current result.
    fn same_rows(&self, start: usize, end: usize) -> bool {
        let st = self.state.borrow();
        match (&st.shown.rows, st.ids.get(start..end)) {
            (Some((first, shown)), Some(now)) => *first == start && shown.as_slice() == now,
            _ => false,
        }
    }

    /// `aria-rowcount` on the table (the rows carry `aria-rowindex`), so that screen
    /// readers know the full size.
    fn set_rowcount(&self, body: &Element, n: usize) {
        if self.state.borrow().shown.rowcount == Some(n) {
            return;
        }
        if let Ok(Some(table)) = body.closest("table") {
            let _ = table.set_attribute("aria-rowcount", &crate::view::format::int(n as i64 + 1));
        }
        self.state.borrow_mut().shown.rowcount = Some(n);
    }

    /// Spacer heights (`--pm-spacer-h`) set through CSSOM on the two spacer rows: allowed
    /// under CSP, unlike `style` attributes, and only those two rows are restyled (a
    /// stylesheet change would restyle the whole page on every keystroke).
    fn set_spacers(&self, body: &Element, top: f64, bottom: f64) {
        // Whole pixels via crate::num: `{:.0}` would pull the float printer into the wasm.
        let px = |v: f64| crate::num::fixed(v, 0) + "px";
        let (top, bottom) = (px(top), px(bottom));
        if self.state.borrow().shown.spacers.as_ref() == Some(&(top.clone(), bottom.clone())) {
            return;
        }
        for (el, h) in [
            (body.first_element_child(), &top),
            (body.last_element_child(), &bottom),
        ] {
            if let Some(el) = el.map(|e| e.unchecked_into::<HtmlElement>()) {
                let _ = el.style().set_property("--pm-spacer-h", h);
            }
        }
        self.state.borrow_mut().shown.spacers = Some((top, bottom));
    }

    fn update_count(&self) {
        let Some(el) = self.parts.borrow().count.clone() else {
            return;
        };
        let n = self.state.borrow().ids.len();
        if self.state.borrow().shown.count == Some(n) {
            return;
        }
        el.set_text_content(Some(&count_text(n, self.model.len(), self.cfg.lang)));
        self.state.borrow_mut().shown.count = Some(n);
    }

    /// `aria-sort` on every sortable header, after a sort change (the shell stays, so the
    /// focused button keeps focus).
    fn update_sort_marks(&self) {
        let sort = self.state.borrow().sort;
        if self.state.borrow().shown.sort == Some(sort) {
            return;
        }
        self.state.borrow_mut().shown.sort = Some(sort);
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
        let Some(doc) = super::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(a) = doc.create_element("a") else {
            return;
        };
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", &[self.cfg.file_stem.as_str(), ".csv"].concat());
        a.unchecked_ref::<HtmlElement>().click();
    }
}

fn control_value(el: &Element) -> String {
    super::opts::get(el, "value")
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// A body row's height from its computed `--pm-row-h` (`2.75em`, `44px`, `3rem`) and font
/// size, without layout; `None` when the value has another form (layout measures it later).
fn row_height_from_style(body: &Element) -> Option<f64> {
    let win = super::window()?;
    let tr = body.query_selector("tr.pm-row").ok()??;
    let style = win.get_computed_style(&tr).ok()??;
    let row_h = style.get_property_value("--pm-row-h").ok()?;
    let row_h = row_h.trim();
    let px = |v: &str| {
        let x = js_sys::parse_float(v.strip_suffix("px")?);
        x.is_finite().then_some(x)
    };
    let font = px(&style.get_property_value("font-size").ok()?)?;
    let h = if let Some(em) = row_h.strip_suffix("rem") {
        let root = win.document()?.document_element()?;
        let root_font = win
            .get_computed_style(&root)
            .ok()??
            .get_property_value("font-size")
            .ok()?;
        js_sys::parse_float(em) * px(&root_font)?
    } else if let Some(em) = row_h.strip_suffix("em") {
        js_sys::parse_float(em) * font
    } else {
        px(row_h)?
    };
    (h.is_finite() && h >= 8.0).then_some(h)
}

/// The element's computed `max-height` in px (`None` for `none`); a style read, no layout.
fn max_height(el: &Element) -> Option<f64> {
    let style = super::window()?.get_computed_style(el).ok()??;
    let v = style.get_property_value("max-height").ok()?;
    let px = js_sys::parse_float(v.strip_suffix("px")?);
    (px.is_finite() && px > 0.0).then_some(px)
}

fn spacer(which: &str, cols: u32) -> String {
    let mut s = String::with_capacity(96);
    s.push_str("<tr class=\"pm-spacer\" data-pm-spacer=\"");
    s.push_str(which);
    s.push_str("\" aria-hidden=\"true\"><td colspan=\"");
    crate::view::format::push_int(&mut s, cols.into());
    s.push_str("\"></td></tr>");
    s
}

fn blob_url(csv: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(csv));
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
