//! Building a widget from its settings: the same code for `render*(el, options)` and for
//! `<div data-planmeter=…>` elements.

use std::cell::RefCell;

use web_sys::Element;

use super::data::Data;
use super::opts::Source;
use super::table::{TableConfig, TableWidget};
use crate::view::{self, GaugeSpec, Lang, TableModel, ViewError};

/// A mounted widget of any kind.
pub enum Widget {
    /// Gauge or comparison: markup only, no listeners.
    Static {
        /// The host element.
        el: Element,
        /// Its content before mounting (restored by `destroy`).
        original: String,
    },
    /// An interactive table.
    Table(TableWidget),
}

impl Widget {
    /// Removes listeners and restores the element's original content.
    pub fn destroy(self) {
        match self {
            Widget::Static { el, original } => el.set_inner_html(&original),
            Widget::Table(t) => t.destroy(),
        }
    }
}

thread_local! {
    static TABLES: RefCell<u32> = const { RefCell::new(0) };
}

/// The next table's key in the URL hash (`pm-0`, `pm-1` … in mount order).
pub fn next_hash_key() -> String {
    TABLES.with(|t| {
        let mut t = t.borrow_mut();
        let k = format!("pm-{}", *t);
        *t += 1;
        k
    })
}

/// The widget's language: the `lang` option / `data-lang`, else (for elements) the
/// nearest `lang` attribute of the page, so a 繁體 page gets 繁體 widgets.
pub fn lang_of(src: &Source) -> Lang {
    if let Some(t) = src.string("lang", "data-lang") {
        return Lang::from_tag(&t);
    }
    match src {
        Source::Attrs(el) => el
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .map(|t| Lang::from_tag(&t))
            .unwrap_or_default(),
        Source::Object(_) => Lang::default(),
    }
}

/// A gauge (SVG meter) in `el`.
pub fn gauge(el: &Element, data: &Data, src: &Source) -> Result<Widget, ViewError> {
    let lang = lang_of(src);
    let plan = src.string("plan", "data-plan").unwrap_or_default();
    let indicator = src
        .string("indicator", "data-indicator")
        .unwrap_or_default();
    let spec = GaugeSpec {
        plan: &plan,
        indicator: &indicator,
        actual: src.number("actual", "data-actual"),
        year: src.year("year", "data-year"),
    };
    let html = view::gauge(&data.set, &spec, lang)?;
    Ok(show(el, &html, src))
}

/// A comparison of one indicator key across plans in `el`.
pub fn compare(el: &Element, data: &Data, src: &Source) -> Result<Widget, ViewError> {
    let lang = lang_of(src);
    let key = src
        .string("key", "data-key")
        .or_else(|| src.string("indicator", "data-indicator"))
        .unwrap_or_default();
    let year = src.year("year", "data-year");
    let html = view::compare(&data.set, &key, year, lang)?;
    Ok(show(el, &html, src))
}

/// An interactive table in `el`; `hash_key` names its part of the URL hash.
pub fn table(
    el: &Element,
    data: &Data,
    src: &Source,
    hash_key: Option<String>,
) -> Result<TableWidget, ViewError> {
    let lang = lang_of(src);
    let plan = src.string("plan", "data-plan").filter(|p| !p.is_empty());
    let model = TableModel::new(&data.set, plan.as_deref(), src.year("year", "data-year"))?;
    let cfg = TableConfig {
        lang,
        query: src.string("filter", "data-filter").unwrap_or_default(),
        hash_key,
        file_stem: plan.unwrap_or_else(|| "planmeter".into()),
    };
    let t = TableWidget::mount(el, model, cfg);
    large_text(el, src);
    Ok(t)
}

fn show(el: &Element, html: &str, src: &Source) -> Widget {
    let original = el.inner_html();
    el.set_inner_html(html);
    large_text(el, src);
    Widget::Static {
        el: el.clone(),
        original,
    }
}

/// Large-text mode (适老化): `large: true` / `data-size="large"` adds `pm-large` to the root.
fn large_text(el: &Element, src: &Source) {
    let large = src.flag("large", "data-large")
        || src.string("size", "data-size").as_deref() == Some("large");
    if large {
        if let Some(root) = el.first_element_child() {
            let _ = root.class_list().add_1("pm-large");
        }
    }
}

/// The error box in `el`.
pub fn show_error(el: &Element, err: &ViewError, lang: Lang) {
    el.set_inner_html(&view::error_box(err, lang));
}
