//! Raw plan text → [`Plan`] with indicators, source quotes and diagnostics (SPEC §3).

pub mod hant;
pub mod keys;
pub mod meta;

use crate::model::{Diagnostic, Level, Plan};

/// The result of [`parse`]: what was found, and what looked wrong.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Parsed {
    /// The plan as extracted.
    pub plan: Plan,
    /// Problems with spans into the text.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses raw plan text. Total: never panics, on any input.
pub fn parse(text: &str) -> Parsed {
    let _ = text;
    Parsed {
        plan: Plan {
            id: String::new(),
            title: String::new(),
            region: String::new(),
            level: Level::City,
            issuer: None,
            doc_number: None,
            issued: None,
            period: None,
            indicators: Vec::new(),
        },
        diagnostics: Vec::new(),
    }
}
