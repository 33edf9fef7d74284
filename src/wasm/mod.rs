//! The browser binding layer: the only module that touches wasm-bindgen, JsValue or the DOM.
