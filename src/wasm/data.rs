//! Plan data for widgets: the `Plans` handle of `loadPlans`, data passed inline, and the
//! page-wide cache of fetched files (each URL fetched once per page).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Promise, JSON};
use wasm_bindgen::prelude::*;

use super::error::{describe, JsError};
use super::opts;
use crate::load::{load_actuals, load_plan_set, merge_actuals};
use crate::model::{Diagnostic, PlanSet};
use crate::view::{Lang, ViewError};

/// Loaded data shared by widgets: the plans and what was wrong while loading them.
pub struct Data {
    /// The plans that loaded.
    pub set: PlanSet,
    /// Diagnostics of the plans file and the actuals file.
    pub diagnostics: Vec<Diagnostic>,
}

impl Data {
    /// Loads plan JSON text, merging an optional actuals JSON text.
    pub fn load(plans: &str, actuals: Option<&str>) -> Data {
        let mut loaded = load_plan_set(plans);
        let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
        if let Some(text) = actuals {
            let file = load_actuals(text);
            diagnostics.extend(file.diagnostics.iter().map(|d| prefixed("actuals", d)));
            diagnostics.extend(merge_actuals(&mut loaded.value, &file.value));
        }
        Data {
            set: loaded.value,
            diagnostics,
        }
    }

    /// The data, or the widget error when nothing usable loaded.
    pub fn usable(self: &Rc<Self>, lang: Lang) -> Result<Rc<Data>, ViewError> {
        if self.set.plans.is_empty() && self.diagnostics.iter().any(Diagnostic::is_error) {
            return Err(ViewError::from_diagnostics(&self.diagnostics, lang));
        }
        Ok(self.clone())
    }
}

fn prefixed(file: &str, d: &Diagnostic) -> Diagnostic {
    Diagnostic {
        path: format!("{file}:{}", d.path),
        ..d.clone()
    }
}

/// A small map searched linearly: a page holds a handful of data files and handles, and
/// every `BTreeMap` instantiation costs kilobytes of wasm.
struct VecMap<K, V>(Vec<(K, V)>);

impl<K: PartialEq, V> VecMap<K, V> {
    const fn new() -> Self {
        VecMap(Vec::new())
    }

    fn get(&self, k: &K) -> Option<&V> {
        self.0.iter().find(|(x, _)| x == k).map(|(_, v)| v)
    }

    fn insert(&mut self, k: K, v: V) {
        self.remove(&k);
        self.0.push((k, v));
    }

    fn remove(&mut self, k: &K) {
        self.0.retain(|(x, _)| x != k);
    }
}

thread_local! {
    /// Data of live `Plans` handles, by handle id (so options can refer to a handle).
    static HANDLES: RefCell<VecMap<u32, Rc<Data>>> = const { RefCell::new(VecMap::new()) };
    static NEXT_ID: RefCell<u32> = const { RefCell::new(1) };
    /// Fetched texts, one promise per absolute URL.
    static FETCHES: RefCell<VecMap<String, Promise>> = const { RefCell::new(VecMap::new()) };
    /// Loaded data per (plans URL, actuals URL).
    static LOADED: RefCell<VecMap<(String, String), Rc<Data>>> = const { RefCell::new(VecMap::new()) };
}

/// A loaded PlanSet (`loadPlans`): its plans and diagnostics; pass it as `options.data`.
#[wasm_bindgen]
pub struct Plans {
    id: u32,
    /// Read by the `js-api` getters only; `HANDLES` holds the widgets' reference.
    #[cfg_attr(not(feature = "js-api"), allow(dead_code))]
    data: Rc<Data>,
}

/// The data side (npm package only: the embed bundle is built without `js-api`).
#[cfg(feature = "js-api")]
#[wasm_bindgen]
impl Plans {
    /// The plans, as plain objects (SPEC §2).
    #[wasm_bindgen(getter, unchecked_return_type = "Plan[]")]
    pub fn plans(&self) -> Result<JsValue, JsValue> {
        to_js(&self.data.set.plans)
    }

    /// Problems found while loading: `[{severity, path, message}]`.
    #[wasm_bindgen(getter, unchecked_return_type = "Diagnostic[]")]
    pub fn diagnostics(&self) -> Result<JsValue, JsValue> {
        to_js(&self.data.diagnostics)
    }
}

#[wasm_bindgen]
impl Plans {
    /// The handle's id (used when the handle is passed as `options.data`).
    #[wasm_bindgen(getter, js_name = planmeterDataId, skip_typescript)]
    pub fn data_id(&self) -> u32 {
        self.id
    }

    /// Frees the data (same as `free()`).
    pub fn destroy(self) {}
}

impl Plans {
    /// A handle for `data`, registered so that options can name it.
    pub fn new(data: Data) -> Plans {
        let data = Rc::new(data);
        let id = NEXT_ID.with(|n| {
            let mut n = n.borrow_mut();
            *n = n.wrapping_add(1);
            *n
        });
        HANDLES.with(|h| h.borrow_mut().insert(id, data.clone()));
        Plans { id, data }
    }
}

impl Drop for Plans {
    fn drop(&mut self) {
        HANDLES.with(|h| h.borrow_mut().remove(&self.id));
    }
}

#[cfg(feature = "js-api")]
/// A model value as plain JS objects (`None` as `null`), through JSON text.
pub fn to_js<T: serde::Serialize + ?Sized>(v: &T) -> Result<JsValue, JsValue> {
    let text = super::tojson::to_string(v).map_err(|e| JsError(e.to_string()))?;
    JSON::parse(&text)
}

/// JSON text of a string, or of an object (`JSON.stringify`).
pub fn json_text(v: &JsValue) -> Result<String, JsError> {
    if let Some(s) = v.as_string() {
        return Ok(s);
    }
    JSON::stringify(v)
        .map(String::from)
        .map_err(|e| JsError(format!("cannot serialize data: {}", describe(&e))))
}

/// The data of `options.data`: a `Plans` handle, PlanSet JSON text or a PlanSet object.
pub fn from_options(options: &JsValue) -> Result<Rc<Data>, JsError> {
    let Some(v) = opts::get(options, "data") else {
        return Err(
            "options.data is required: a Plans handle (loadPlans), JSON text or an object".into(),
        );
    };
    if let Some(id) = opts::get(&v, "planmeterDataId").and_then(|i| i.as_f64()) {
        return HANDLES
            .with(|h| h.borrow().get(&(id as u32)).cloned())
            .ok_or_else(|| "options.data: this Plans handle was destroyed".into());
    }
    let actuals = match opts::get(options, "actuals") {
        Some(a) => Some(json_text(&a)?),
        None => None,
    };
    Ok(Rc::new(Data::load(&json_text(&v)?, actuals.as_deref())))
}

/// Data already loaded from these files (`data-src`, `data-actuals`), if any.
pub fn cached(src: &str, actuals: Option<&str>) -> Option<Rc<Data>> {
    LOADED.with(|l| l.borrow().get(&url_key(src, actuals)).cloned())
}

/// Loads and caches the data of these files from their texts.
pub fn load_urls(src: &str, actuals: Option<&str>, plans: &str, acts: Option<&str>) -> Rc<Data> {
    let key = url_key(src, actuals);
    if let Some(d) = LOADED.with(|l| l.borrow().get(&key).cloned()) {
        return d;
    }
    let data = Rc::new(Data::load(plans, acts));
    let files = if key.1.is_empty() {
        key.0.clone()
    } else {
        format!("{} + {}", key.0, key.1)
    };
    warn_diagnostics(&files, &data.diagnostics);
    LOADED.with(|l| l.borrow_mut().insert(key, data.clone()));
    data
}

/// Tells the webmaster (console, once per file) what was wrong with data that still loaded.
fn warn_diagnostics(files: &str, diags: &[Diagnostic]) {
    if diags.is_empty() {
        return;
    }
    let mut msg = format!("planmeter: {files}: {} problem(s) in the data", diags.len());
    for d in diags.iter().take(10) {
        msg.push_str("\n  ");
        msg.push_str(&d.to_string());
    }
    web_sys::console::warn_1(&msg.into());
}

fn url_key(src: &str, actuals: Option<&str>) -> (String, String) {
    (absolute(src), actuals.map(absolute).unwrap_or_default())
}

/// `url` resolved against the document's base URL.
fn absolute(url: &str) -> String {
    let base = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new_with_base(url, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| url.to_string())
}

/// A promise of the text at `url`, fetched at most once per page; rejects with a readable
/// `Error` (HTTP status or network failure).
pub fn text_promise(url: &str) -> Promise {
    let url = absolute(url);
    if let Some(p) = FETCHES.with(|f| f.borrow().get(&url).cloned()) {
        return p;
    }
    let p = start_fetch(url.clone());
    FETCHES.with(|f| f.borrow_mut().insert(url, p.clone()));
    p
}

fn start_fetch(url: String) -> Promise {
    let Some(window) = super::window() else {
        return Promise::reject(&js_sys::Error::new("no window").into());
    };
    // allSettled never rejects, so the callback runs exactly once and is freed after.
    let settled = Promise::all_settled(&js_sys::Array::of1(&window.fetch_with_str(&url)));
    let on_settled = Closure::once_into_js(move |results: JsValue| -> Result<JsValue, JsValue> {
        let r = results.unchecked_ref::<js_sys::Array>().get(0);
        let fail = |why: String| js_sys::Error::new(&format!("无法加载数据 {url}: {why}"));
        if opts::get(&r, "status")
            .and_then(|s| s.as_string())
            .as_deref()
            != Some("fulfilled")
        {
            let reason = opts::get(&r, "reason").unwrap_or(JsValue::NULL);
            return Err(fail(describe(&reason)).into());
        }
        // A fulfilled fetch is a Response (no `instanceof` check: one import less).
        let resp: web_sys::Response = opts::get(&r, "value")
            .unwrap_or(JsValue::NULL)
            .unchecked_into();
        if !resp.ok() {
            return Err(fail(format!("HTTP {}", resp.status())).into());
        }
        Ok(resp.text()?.into())
    });
    then(&settled, &on_settled)
}

#[wasm_bindgen]
extern "C" {
    /// A promise seen untyped, so that `then` takes any JS function.
    type Thenable;
    /// `promise.then(callback)` with a callback made by `Closure::once_into_js`.
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, callback: &JsValue) -> Promise;
}

/// `promise.then(callback)`.
pub fn then(promise: &Promise, callback: &JsValue) -> Promise {
    promise.unchecked_ref::<Thenable>().then(callback)
}
