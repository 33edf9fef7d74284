//! The progress gauge (进度仪表): an SVG arc with the latest value, target, baseline,
//! time-expected mark and status in words, wrapped in `role="meter"`.

use super::escape::{push_attr, push_escaped};
use super::format::{fixed, percent, with_unit};
use super::i18n::{self, w, Lang, W};
use super::row::{self, Row};
use super::table::no_such_plan;
use super::{open_root, ViewError};
use crate::model::{Actual, Indicator, Plan, PlanSet};
use crate::progress;

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

/// Arc geometry in SVG user units: centre, radius.
const CX: f64 = 100.0;
const CY: f64 = 100.0;
const R: f64 = 80.0;

/// The gauge markup for `spec`, or why it cannot be drawn.
///
/// With `actual` given, it is assessed in `year`, else in the year of the data's latest
/// actual, else in the plan's last year; without, the data's actual for `year` (or the
/// latest) is shown.
pub fn gauge(set: &PlanSet, spec: &GaugeSpec, lang: Lang) -> Result<String, ViewError> {
    let plan = set
        .plan(spec.plan)
        .ok_or_else(|| no_such_plan(spec.plan, lang))?;
    let ind = plan.indicator(spec.indicator).ok_or_else(|| {
        ViewError::new(
            [
                w(W::NoSuchIndicator, lang),
                " ",
                spec.indicator,
                "（",
                w(W::Plan, lang),
                " ",
                &plan.id,
                "）",
            ]
            .concat(),
        )
    })?;
    let r = gauge_row(plan, ind, spec)?;
    Ok(render(&r, lang))
}

fn gauge_row(plan: &Plan, ind: &Indicator, spec: &GaugeSpec) -> Result<Row, ViewError> {
    let Some(v) = spec.actual else {
        return Ok(Row::new(plan, ind, spec.year));
    };
    if !v.is_finite() {
        return Err(ViewError::new("data-actual 不是有效数字"));
    }
    let year = spec
        .year
        .or_else(|| ind.actuals.last().map(|a| a.year))
        .or_else(|| plan.period.map(|p| p.1))
        .ok_or_else(|| ViewError::new("请给出 data-year（监测值的年份）"))?;
    let latest = Actual {
        year,
        value: v,
        unit: None,
        note: None,
    };
    let a = progress::assess(ind, Some(v), year);
    Ok(Row::with(plan, ind, Some(latest), Some(a)))
}

fn render(r: &Row, lang: Lang) -> String {
    let mut s = String::with_capacity(2048);
    let st = r.status();
    open_root(&mut s, "pm-gauge", lang);
    s.push_str(" data-pm-status=\"");
    s.push_str(st.as_str());
    s.push_str("\"><div class=\"pm-g-head\"><p class=\"pm-g-name\">");
    push_escaped(&mut s, &r.name);
    s.push_str("</p><p class=\"pm-g-region\">");
    push_escaped(&mut s, &r.region);
    s.push_str(" · ");
    push_escaped(&mut s, &r.title);
    s.push_str("</p></div>");
    push_meter(&mut s, r, lang);
    push_facts(&mut s, r, lang);
    s.push_str("<p class=\"pm-g-status\"><span class=\"pm-badge pm-s-");
    s.push_str(st.as_str());
    s.push_str("\">");
    s.push_str(i18n::status(st, lang));
    s.push_str("</span>");
    s.push_str(" <span class=\"pm-reason\">");
    push_escaped(&mut s, r.reason(lang));
    s.push_str("</span></p></div>");
    s
}

/// The `role="meter"` wrapper with the arc and the percentage.
fn push_meter(s: &mut String, r: &Row, lang: Lang) {
    let p = r.progress();
    let now = p.map_or(0.0, |p| crate::num::clamp(p * 100.0, 0.0, 100.0));
    let mut label = r.name.clone();
    label.push('（');
    label.push_str(&r.region);
    label.push('）');
    label.push_str(w(W::Progress, lang));
    let mut text = String::new();
    if let Some(p) = p {
        text.push_str(w(W::Progress, lang));
        text.push(' ');
        text.push_str(&percent(p));
        text.push('，');
    }
    text.push_str(i18n::status(r.status(), lang));
    s.push_str("<div class=\"pm-g-meter\" role=\"meter\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-valuenow=\"");
    s.push_str(&fixed(now, 1));
    s.push('"');
    push_attr(s, "aria-valuetext", &text);
    push_attr(s, "aria-label", &label);
    s.push('>');
    push_arc(s, r);
    s.push_str("<p class=\"pm-g-pct\" aria-hidden=\"true\">");
    match p {
        Some(p) => s.push_str(&percent(p)),
        None => s.push('—'),
    }
    s.push_str("</p></div>");
}

/// The SVG: a grey half circle, the progress arc over it, and the time-expected tick.
fn push_arc(s: &mut String, r: &Row) {
    s.push_str("<svg class=\"pm-svg pm-g-svg\" viewBox=\"0 0 200 110\" width=\"200\" height=\"110\" aria-hidden=\"true\" focusable=\"false\">");
    s.push_str("<path class=\"pm-g-track\" d=\"M20 100A80 80 0 0 1 180 100\"/>");
    if let Some(p) = r
        .progress()
        .map(|p| crate::num::clamp(p, 0.0, 1.0))
        .filter(|p| *p > 0.0)
    {
        let (x, y) = point(p, R);
        s.push_str("<path class=\"pm-g-value pm-s-");
        s.push_str(r.status().as_str());
        s.push_str("\" d=\"M20 100A80 80 0 0 1 ");
        push_xy(s, x, y);
        s.push_str("\"/>");
    }
    if let Some(t) = r.time_elapsed() {
        let t = crate::num::clamp(t, 0.0, 1.0);
        let (x1, y1) = point(t, R - 14.0);
        let (x2, y2) = point(t, R + 14.0);
        s.push_str("<path class=\"pm-g-mark\" d=\"M");
        push_xy(s, x1, y1);
        s.push('L');
        push_xy(s, x2, y2);
        s.push_str("\"/>");
    }
    s.push_str("</svg>");
}

/// The point at fraction `f` along the half circle (left to right) at `radius`.
fn point(f: f64, radius: f64) -> (f64, f64) {
    // The angle from the top, φ = π(f − ½) ∈ [−π/2, π/2]: x = sin φ, y = cos φ.
    let phi = std::f64::consts::PI * (crate::num::clamp(f, 0.0, 1.0) - 0.5);
    let (sin, cos) = sin_cos(phi);
    (CX + radius * sin, CY - radius * cos)
}

/// `(sin x, cos x)` for |x| ≤ π/2 by Taylor series (error < 1e-7, far below the 0.01 the
/// markup shows), instead of libm's sin/cos, which add ~8 KB of range reduction to the wasm.
fn sin_cos(x: f64) -> (f64, f64) {
    let x2 = x * x;
    let (mut s, mut c) = (x, 1.0);
    let (mut ts, mut tc) = (x, 1.0);
    for k in 1..8 {
        let k = k as f64;
        ts *= -x2 / ((2.0 * k) * (2.0 * k + 1.0));
        tc *= -x2 / ((2.0 * k - 1.0) * (2.0 * k));
        s += ts;
        c += tc;
    }
    (s, c)
}

fn push_xy(s: &mut String, x: f64, y: f64) {
    s.push_str(&fixed(x, 2));
    s.push(' ');
    s.push_str(&fixed(y, 2));
}

/// The facts list: latest, target, baseline, time-expected value.
fn push_facts(s: &mut String, r: &Row, lang: Lang) {
    s.push_str("<dl class=\"pm-g-facts\">");
    fact(s, w(W::Latest, lang), |s| row::push_latest(s, r, lang));
    fact(s, w(W::Target, lang), |s| row::push_target(s, r, lang));
    fact(s, w(W::Baseline, lang), |s| row::push_baseline(s, r, lang));
    if let Some(t) = r.time_elapsed() {
        fact(s, w(W::TimeMark, lang), |s| {
            s.push_str(&percent(t));
            let exp = r.assessment.as_ref().and_then(|a| a.expected_linear);
            if let Some(e) = exp.filter(|e| e.is_finite()) {
                s.push_str(" <span class=\"pm-sub\">");
                s.push_str(w(W::Expected, lang));
                s.push(' ');
                // The engine computes in the indicator's own unit.
                push_escaped(s, &with_unit(e, r.unit.as_deref()));
                s.push_str("</span>");
            }
        });
    }
    s.push_str("</dl>");
}

fn fact(s: &mut String, term: &str, body: impl FnOnce(&mut String)) {
    s.push_str("<div class=\"pm-g-fact\"><dt>");
    s.push_str(term);
    s.push_str("</dt><dd>");
    body(s);
    s.push_str("</dd></div>");
}

#[cfg(test)]
mod tests {
    #[test]
    fn sin_cos_matches_std() {
        for i in 0..=1000 {
            let x = std::f64::consts::FRAC_PI_2 * (i as f64 / 500.0 - 1.0);
            let (s, c) = super::sin_cos(x);
            assert!(
                (s - x.sin()).abs() < 1e-7 && (c - x.cos()).abs() < 1e-7,
                "{x}"
            );
        }
    }
}
