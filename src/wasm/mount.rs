//! `mountAll`: every `[data-planmeter]` element under a root, each mounted once; data files
//! fetched once per page; one bad widget shows its error in its own box.

use std::cell::RefCell;

use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use super::data::{self, Data};
use super::error::describe;
use super::opts;
use super::opts::Source;
use super::widgets::{self, Widget};
use crate::view::ViewError;

thread_local! {
    /// Mounted (or mounting) elements and their widgets; `None` while data loads.
    static MOUNTED: RefCell<Vec<(Element, Option<Widget>)>> = const { RefCell::new(Vec::new()) };
}

/// Mounts every unmounted `[data-planmeter]` element in `root` (and `root` itself);
/// resolves when all of them have rendered or shown their error.
pub fn mount_all(root: &JsValue) -> Promise {
    prune();
    let promises = Array::new();
    for el in candidates(root) {
        let fresh = MOUNTED.with(|m| {
            let mut m = m.borrow_mut();
            if m.iter().any(|(e, _)| e == &el) {
                return false;
            }
            m.push((el.clone(), None));
            true
        });
        if fresh {
            // The hash key is taken now, in document order, so that a reload finds the
            // same table under the same key whatever order the data arrives in.
            let is_table = el.get_attribute("data-planmeter").as_deref() == Some("table");
            let key = is_table.then(widgets::next_hash_key);
            promises.push(&mount_one(el, key));
        }
    }
    Promise::all(&promises)
}

/// Drops the widgets of elements no longer in the document (their listeners go too).
fn prune() {
    let gone: Vec<Option<Widget>> = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let (keep, gone): (Vec<_>, Vec<_>) = m.drain(..).partition(|(e, _)| e.is_connected());
        *m = keep;
        gone.into_iter().map(|(_, w)| w).collect()
    });
    drop(gone);
}

fn candidates(root: &JsValue) -> Vec<Element> {
    const SEL: &str = "[data-planmeter]";
    // A document stands for its root element: `document.querySelectorAll` lists the same
    // elements (and no `instanceof Document` check, one import less).
    let root = opts::get(root, "documentElement").unwrap_or_else(|| root.clone());
    let mut out = Vec::new();
    let Some(el) = root.dyn_ref::<Element>() else {
        return out;
    };
    if el.matches(SEL).unwrap_or(false) {
        out.push(el.clone());
    }
    if let Ok(list) = el.query_selector_all(SEL) {
        for i in 0..list.length() {
            // querySelectorAll lists elements only.
            if let Some(node) = list.item(i) {
                out.push(node.unchecked_into());
            }
        }
    }
    out
}

/// Fetches the element's data (cached per URL), then builds its widget, exactly once.
fn mount_one(el: Element, key: Option<String>) -> Promise {
    let src = Source::Attrs(&el);
    let url = src.string("src", "data-src").filter(|s| !s.is_empty());
    let actuals = src
        .string("actuals", "data-actuals")
        .filter(|s| !s.is_empty());
    let Some(url) = url else {
        finish(
            &el,
            Err(ViewError::new("缺少 data-src 属性（数据文件地址）")),
        );
        return Promise::resolve(&JsValue::UNDEFINED);
    };
    if let Some(data) = data::cached(&url, actuals.as_deref()) {
        finish(&el, build(&el, &data, key));
        return Promise::resolve(&JsValue::UNDEFINED);
    }
    let files = Array::of1(&data::text_promise(&url));
    if let Some(a) = &actuals {
        files.push(&data::text_promise(a));
    }
    // allSettled never rejects: the callback runs exactly once (and is freed after).
    let done = Closure::once_into_js(move |results: JsValue| {
        let texts: Result<Vec<String>, String> = Array::from(&results)
            .iter()
            .map(
                |r| match opts::get(&r, "value").and_then(|v| v.as_string()) {
                    Some(t) => Ok(t),
                    None => Err(describe(&opts::get(&r, "reason").unwrap_or(JsValue::NULL))),
                },
            )
            .collect();
        let widget = texts.map_err(ViewError::new).and_then(|t| {
            let plans = t.first().map(String::as_str).unwrap_or("");
            let data = data::load_urls(
                &url,
                actuals.as_deref(),
                plans,
                t.get(1).map(String::as_str),
            );
            build(&el, &data, key)
        });
        finish(&el, widget);
    });
    data::then(&Promise::all_settled(&files), &done)
}

/// Records the widget (or shows the error in the element's own box).
fn finish(el: &Element, widget: Result<Widget, ViewError>) {
    let lang = widgets::lang_of(&Source::Attrs(el));
    match widget {
        Ok(w) => {
            let leftover = MOUNTED.with(|m| {
                let mut m = m.borrow_mut();
                match m.iter_mut().find(|(e, _)| e == el) {
                    Some(slot) => {
                        slot.1 = Some(w);
                        None
                    }
                    None => Some(w),
                }
            });
            // Removed from the page while loading: undo.
            if let Some(w) = leftover {
                w.destroy();
            }
        }
        Err(e) => widgets::show_error(el, &e, lang),
    }
}

fn build(el: &Element, data: &Rc<Data>, key: Option<String>) -> Result<Widget, ViewError> {
    let src = Source::Attrs(el);
    let data = data.usable(widgets::lang_of(&src))?;
    match src
        .string("", "data-planmeter")
        .unwrap_or_default()
        .as_str()
    {
        "gauge" => widgets::gauge(el, &data, &src),
        "compare" => widgets::compare(el, &data, &src),
        "table" => widgets::table(el, &data, &src, key).map(Widget::Table),
        other => Err(ViewError::new(format!(
            "未知的组件类型 data-planmeter=\"{other}\"（可用 gauge、table、compare）"
        ))),
    }
}
