//! Table state in the URL hash: one `key=value` part per table widget
//! (`#pm-0=q%3D专利&pm-1=sort%3D-progress`); parts that are not ours (a page anchor) stay.

use crate::filter::{decode, encode};

fn location_hash() -> String {
    super::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn parts(hash: &str) -> Vec<String> {
    let h = hash.strip_prefix('#').unwrap_or(hash);
    h.split('&')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// The query stored under `key`, if the hash has one.
pub fn read(key: &str) -> Option<String> {
    let prefix = format!("{key}=");
    parts(&location_hash())
        .iter()
        .find_map(|p| p.strip_prefix(&prefix).map(decode))
}

/// Stores `query` under `key` (removes the part when `query` is empty), without adding a
/// history entry or firing `hashchange`.
pub fn write(key: &str, query: &str) {
    let Some(window) = super::window() else {
        return;
    };
    let prefix = format!("{key}=");
    let mut ps: Vec<String> = parts(&location_hash())
        .into_iter()
        .filter(|p| !p.starts_with(&prefix))
        .collect();
    if !query.is_empty() {
        ps.push(format!("{prefix}{}", encode(query)));
    }
    let loc = window.location();
    let url = if ps.is_empty() {
        format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    } else {
        format!("#{}", ps.join("&"))
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
