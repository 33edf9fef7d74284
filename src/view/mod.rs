//! Markup from the model: gauges, tables and comparisons as HTML strings (SPEC §6).
//!
//! Pure Rust, shared by the wasm layer (which inserts the markup and wires events) and the
//! CLI (which prints it as the no-JavaScript fallback). Conventions: every widget root is
//! `<div class="pm-root pm-…" lang="zh-Hans|zh-Hant">`; classes are `pm-…`; no `style`
//! attributes, no event handlers, no scripts; data text is escaped as it is pushed; numbers
//! have fixed precision; hooks for scripts are `data-pm-*` attributes.
//!
//! Hooks: filter controls `data-pm-filter="category|status|region|attribute|q"`; sort
//! buttons `data-pm-sort="<column>"` inside `<th aria-sort=…>`; CSV button `data-pm-csv`;
//! table body `data-pm-body` (rows carry `data-pm-row="<id>"`); live count
//! `data-pm-count`; scroll container `data-pm-scroll` (class `pm-scroll`). Body rows have a
//! fixed height, `--pm-row-h` in `www/planmeter.css`, so scripts can virtualise them with
//! [`table::SPACER_ROW`]s sized by `--pm-spacer-h`.

pub mod compare;
pub mod escape;
pub mod format;
pub mod gauge;
pub mod i18n;
pub mod patch;
mod row;
mod search;
pub mod table;

pub use crate::filter::{Column, Filter, Sort};
pub use compare::compare;
pub use gauge::{gauge, GaugeSpec};
pub use i18n::Lang;
pub use table::TableModel;

use crate::model::Diagnostic;
use escape::push_escaped;
use i18n::{w, W};

/// A readable error shown in the widget's own box (错误提示): a Chinese message and, when
/// the data is at fault, the JSON paths of the problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewError {
    /// What is wrong, in Chinese (找不到规划 zibo-ip-2021-2025).
    pub message: String,
    /// Details, one a line (`plans[0].indicators[2].targets[0].value: …`).
    pub details: Vec<String>,
}

impl ViewError {
    /// An error with a message and no details.
    pub fn new(message: impl Into<String>) -> ViewError {
        ViewError {
            message: message.into(),
            details: Vec::new(),
        }
    }

    /// The error for data that failed to load: the errors among `diags`, at most ten listed.
    pub fn from_diagnostics(diags: &[Diagnostic], lang: Lang) -> ViewError {
        // One loop rather than filter/take/map/collect chains (smaller wasm).
        let mut details: Vec<String> = Vec::new();
        let mut errors: i64 = 0;
        for d in diags.iter().filter(|d| d.is_error()) {
            errors += 1;
            if errors <= 10 {
                details.push([d.path.as_str(), ": ", &d.message].concat());
            }
        }
        if errors > 10 {
            details.push("…".into());
        }
        let mut message = String::from(w(W::DataError, lang));
        message.push('（');
        format::push_int(&mut message, errors);
        message.push_str("处）");
        ViewError { message, details }
    }
}

impl std::fmt::Display for ViewError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)?;
        for d in &self.details {
            write!(f, "\n  {d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ViewError {}

/// The error in the widget's own box: `<div class="pm-root pm-error" role="alert">`.
pub fn error_box(err: &ViewError, lang: Lang) -> String {
    let mut s = String::with_capacity(256);
    open_root(&mut s, "pm-error", lang);
    s.push_str(" role=\"alert\"><p class=\"pm-error-title\">");
    s.push_str(w(W::ErrorTitle, lang));
    s.push_str("</p><p class=\"pm-error-msg\">");
    push_escaped(&mut s, &err.message);
    s.push_str("</p>");
    if !err.details.is_empty() {
        s.push_str("<ul class=\"pm-error-list\">");
        for d in &err.details {
            s.push_str("<li><code class=\"pm-code\">");
            push_escaped(&mut s, d);
            s.push_str("</code></li>");
        }
        s.push_str("</ul>");
    }
    s.push_str("</div>");
    s
}

/// A complete HTML document around `body` that links `planmeter.css` (the no-JS page).
pub fn page(title: &str, body: &str, lang: Lang) -> String {
    let mut s = String::with_capacity(body.len() + 512);
    s.push_str("<!DOCTYPE html>\n<html lang=\"");
    s.push_str(lang.tag());
    s.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str("<title>");
    push_escaped(&mut s, title);
    s.push_str("</title>\n<link rel=\"stylesheet\" href=\"planmeter.css\">\n</head>\n<body>\n");
    s.push_str(body);
    s.push_str("\n</body>\n</html>\n");
    s
}

/// Pushes `<div class="pm-root CLASS" lang="…"` (the tag left open for more attributes).
pub(crate) fn open_root(s: &mut String, class: &str, lang: Lang) {
    s.push_str("<div class=\"pm-root ");
    s.push_str(class);
    s.push_str("\" lang=\"");
    s.push_str(lang.tag());
    s.push('"');
}
