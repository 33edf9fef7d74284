//! The progress gauge (进度仪表): an SVG arc with the latest value, target, baseline,
//! time-expected mark and status in words, wrapped in `role="meter"`.

use super::{Lang, ViewError};
use crate::model::PlanSet;

/// Which indicator a gauge shows, and optional overrides (`data-actual`, `data-year`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct GaugeSpec<'a> {
    /// Plan id.
    pub plan: &'a str,
    /// Indicator id or canonical key.
    pub indicator: &'a str,
    /// An actual value that overrides the data's latest.
    pub actual: Option<f64>,
    /// The year of `actual`, or the year whose actual to show.
    pub year: Option<i32>,
}

/// The gauge markup for `spec`, or why it cannot be drawn.
pub fn gauge(set: &PlanSet, spec: &GaugeSpec, lang: Lang) -> Result<String, ViewError> {
    let _ = (set, spec, lang);
    Err(ViewError::new("gauge: not yet implemented"))
}
