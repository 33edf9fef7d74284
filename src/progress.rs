//! The target engine (SPEC §5): how far an indicator is from its goal.

use crate::model::{Assessment, Indicator, Status};

/// Assesses `indicator` given the `actual` value observed in `year`.
pub fn assess(indicator: &Indicator, actual: Option<f64>, year: i32) -> Assessment {
    let _ = (indicator, actual, year);
    Assessment {
        status: Status::NoData,
        reason: "暂无数据。".into(),
        target: None,
        progress: None,
        time_elapsed: None,
        expected_linear: None,
        on_schedule: None,
        cagr_actual: None,
        cagr_required: None,
        growth_ratio: None,
        still_needed_cagr: None,
    }
}

/// Assesses `indicator` against its own actuals: the one for `year`, or else the latest.
/// `period` is the plan's period (cumulative targets sum flows from its first year).
/// `None` when the indicator has no actual to assess.
pub fn assess_indicator(
    indicator: &Indicator,
    period: Option<(i32, i32)>,
    year: Option<i32>,
) -> Option<Assessment> {
    let _ = period;
    let a = match year {
        Some(y) => indicator.actuals.iter().find(|a| a.year == y)?,
        None => indicator.actuals.last()?,
    };
    Some(assess(indicator, Some(a.value), a.year))
}
