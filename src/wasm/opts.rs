//! Reading option objects (`{plan, indicator, …}`) and `data-*` attributes into one shape.

use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::Element;

/// Where a widget's settings come from: a JS options object or an element's attributes.
pub enum Source<'a> {
    /// `renderGauge(el, {plan: …})`.
    Object(&'a JsValue),
    /// `<div data-plan="…">`.
    Attrs(&'a Element),
}

impl Source<'_> {
    /// A string setting; `name` is the option name, `attr` the attribute name.
    pub fn string(&self, name: &str, attr: &str) -> Option<String> {
        match self {
            Source::Object(o) => get(o, name).and_then(|v| match v.as_f64() {
                Some(n) => crate::num::shortest(n),
                None => v.as_string(),
            }),
            Source::Attrs(el) => el.get_attribute(attr),
        }
    }

    /// A number setting (`"8.2"` in an attribute, `8.2` or `"8.2"` in an object).
    pub fn number(&self, name: &str, attr: &str) -> Option<f64> {
        if let Source::Object(o) = self {
            if let Some(n) = get(o, name).and_then(|v| v.as_f64()) {
                return Some(n);
            }
        }
        let s = self.string(name, attr)?;
        // Same accept set as `str::parse::<f64>` had here: `+5`, `.5`, `5.`, `1e3`; the
        // `inf`/`nan` spellings std also took were filtered out as non-finite anyway.
        crate::float::parse(s.trim()).filter(|n| n.is_finite())
    }

    /// A year setting.
    pub fn year(&self, name: &str, attr: &str) -> Option<i32> {
        self.number(name, attr)
            .filter(|y| y.fract() == 0.0 && (1949.0..=2100.0).contains(y))
            .map(|y| y as i32)
    }

    /// A flag: `true` in an object, a present attribute other than `"false"`.
    pub fn flag(&self, name: &str, attr: &str) -> bool {
        match self {
            Source::Object(o) => get(o, name).is_some_and(|v| v.is_truthy()),
            Source::Attrs(el) => el.get_attribute(attr).is_some_and(|v| v != "false"),
        }
    }
}

/// `o[name]`, unless missing, `undefined` or `null`.
pub fn get(o: &JsValue, name: &str) -> Option<JsValue> {
    if !o.is_object() {
        return None;
    }
    Reflect::get(o, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}
