//! The one place where Rust errors become JavaScript errors.

use wasm_bindgen::JsValue;

/// An error for JavaScript: a message, thrown as a JS `Error`.
pub struct JsError(pub String);

impl From<String> for JsError {
    fn from(s: String) -> Self {
        JsError(s)
    }
}

impl From<&str> for JsError {
    fn from(s: &str) -> Self {
        JsError(s.to_string())
    }
}

impl From<JsError> for JsValue {
    fn from(e: JsError) -> JsValue {
        js_sys::Error::new(&format!("planmeter: {}", e.0)).into()
    }
}

/// Readable text of a thrown JS value (an `Error`'s message, or its string form). Any
/// object with a string `message` counts as an error: no `instanceof Error`, one import less.
pub fn describe(v: &JsValue) -> String {
    super::opts::get(v, "message")
        .and_then(|m| m.as_string())
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "unknown error".to_string())
}
