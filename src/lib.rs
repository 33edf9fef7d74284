//! planmeter: Chinese government development plans (规划, 实施方案, 行动方案) turned into
//! indicator data, progress assessments and embeddable widgets.
//!
//! The pipeline, one module a stage:
//! [`model`] (data types) → [`load`] (JSON with path diagnostics) / [`parse`] (raw plan
//! text) → [`progress`] (target engine) → [`view`] (markup) → `wasm` (browser bindings)
//! and the `planmeter` CLI. Everything except `wasm` is pure and tested natively.
//!
//! ```
//! let set = planmeter::load::load_plan_set(r#"{"version":1,"plans":[]}"#);
//! assert!(set.diagnostics.is_empty());
//! ```
#![deny(missing_docs)]

pub mod filter;
pub mod float;
mod idmap;
pub mod json;
pub mod load;
pub mod model;
pub mod num;
pub mod parse;
pub mod progress;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use load::{load_actuals, load_plan_set, merge_actuals, Loaded};
pub use model::*;
pub use parse::{parse, Parsed};
pub use progress::assess;
