//! The target engine (SPEC §5): how far an indicator is from its goal.
//!
//! One assessment measures an actual `a` (year `Y`) against one milestone: value `v` in year
//! `T`, reached from a start `b` in year `B` (the baseline, or the previous milestone). Two
//! views of pace are computed: the linear schedule (时间过半、任务过半) and the Eurostat
//! ratio of actual to required compound growth, which decides the status whenever growth
//! rates are defined; otherwise progress / time elapsed is put through the same bands.
//! Status is decided on unrounded numbers; every number leaves through [`fin`], so no
//! output field is ever NaN or infinite.

use crate::model::{Assessment, Indicator, Op, Status, Target};

/// Bands for the Eurostat ratio (actual / required annual growth), also used for the linear
/// fallback (progress / time elapsed) and the per-year share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// At or above this ratio progress is on track (default 0.95).
    pub on_track: f64,
    /// At or above this ratio progress is moderate (default 0.60); below it, insufficient;
    /// below zero, moving away.
    pub moderate: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            on_track: 0.95,
            moderate: 0.60,
        }
    }
}

/// Assesses `indicator` given the `actual` value observed in `year`.
pub fn assess(indicator: &Indicator, actual: Option<f64>, year: i32) -> Assessment {
    assess_with(indicator, actual, year, &Thresholds::default())
}

/// [`assess`] with explicit band thresholds.
pub fn assess_with(
    indicator: &Indicator,
    actual: Option<f64>,
    year: i32,
    thresholds: &Thresholds,
) -> Assessment {
    let ctx = Ctx {
        th: thresholds,
        period: None,
        start: base(indicator, None),
    };
    let years = match actual {
        Some(a) => vec![(year, a)],
        None => Vec::new(),
    };
    evaluate(indicator, actual, year, &ctx, &years)
}

/// Assesses `indicator` against its own actuals: the one for `year`, or else the latest.
/// `period` is the plan's period (cumulative targets sum flows from its first year).
/// `None` when the indicator has no actual to assess.
pub fn assess_indicator(
    indicator: &Indicator,
    period: Option<(i32, i32)>,
    year: Option<i32>,
) -> Option<Assessment> {
    assess_indicator_with(indicator, period, year, &Thresholds::default())
}

/// [`assess_indicator`] with explicit band thresholds.
pub fn assess_indicator_with(
    indicator: &Indicator,
    period: Option<(i32, i32)>,
    year: Option<i32>,
    thresholds: &Thresholds,
) -> Option<Assessment> {
    let flows = yearly_values(indicator);
    let (y, latest) = pick(&flows, year)?;
    let mut start = base(indicator, period);
    let mut note = String::new();
    if start.is_none() {
        if indicator.cumulative {
            // Flows count from the first one reported when neither period nor baseline says.
            start = flows.first().map(|f| Start {
                year: f.0.saturating_sub(1),
                value: 0.0,
            });
        } else if indicator.growth.is_some() && !has_value_target(indicator) {
            // 年均增长 without a baseline: the growth between two actuals is all we can compare.
            start = flows.iter().find(|f| f.0 < y).map(|f| Start {
                year: f.0,
                value: f.1,
            });
            if let Some(s) = start {
                note = format!("以{}年监测值{}为起点，", s.year, num(s.value));
            }
        }
    }
    let value = match (indicator.cumulative, start) {
        // 累计: the sum of yearly flows after the start year, up to the assessed year.
        (true, Some(s)) => flows
            .iter()
            .filter(|f| f.0 > s.year && f.0 <= y)
            .map(|f| f.1)
            .sum(),
        _ => latest,
    };
    let first = period.map(|p| p.0);
    // A loop, not `filter().collect()`: each iterator chain is its own code in the wasm.
    let mut years: Vec<(i32, f64)> = Vec::new();
    for &f in &flows {
        if f.0 <= y && first.is_none_or(|p0| f.0 >= p0) {
            years.push(f);
        }
    }
    let ctx = Ctx {
        th: thresholds,
        period,
        start,
    };
    let mut out = evaluate(indicator, Some(value), y, &ctx, &years);
    out.reason.insert_str(0, &note);
    Some(out)
}

/// The value on a 年均增长 path: `start · (1 + g)^years`, `g` in percent per year.
/// `None` when undefined (a rate of −100% or less, or a result that is not finite).
pub fn implied_value(start: f64, annual_rate_pct: f64, years: f64) -> Option<f64> {
    let g = fin(annual_rate_pct / 100.0).filter(|g| *g > -1.0)?;
    fin(start * crate::num::pow(1.0 + g, years))
}

/// Where a measurement starts: the baseline, or the previous milestone.
#[derive(Debug, Clone, Copy)]
struct Start {
    year: i32,
    value: f64,
}

/// What the caller knows beyond the indicator itself.
struct Ctx<'a> {
    th: &'a Thresholds,
    period: Option<(i32, i32)>,
    start: Option<Start>,
}

/// The milestone an actual is measured against, with its value resolved.
struct Goal {
    /// As reported (value filled in for 翻一番 and 年均增长 targets).
    target: Option<Target>,
    op: Op,
    /// `(T, v)`; `None` for a growth rate with no end year.
    end: Option<(i32, f64)>,
    /// High end of a range.
    high: Option<f64>,
    start: Option<Start>,
    /// Annual growth rate (fraction) when the goal comes from a 年均增长 target.
    growth: Option<f64>,
}

/// The unrounded numbers of an assessment.
#[derive(Default)]
struct Metrics {
    progress: Option<f64>,
    time_elapsed: Option<f64>,
    expected: Option<f64>,
    cagr_actual: Option<f64>,
    cagr_required: Option<f64>,
    ratio: Option<f64>,
    still_needed: Option<f64>,
}

/// A finite number or nothing.
fn fin(x: f64) -> Option<f64> {
    x.is_finite().then_some(x)
}

/// The start from the indicator's baseline; 累计 targets count flows from zero, the year
/// before the period (or in the baseline year).
fn base(ind: &Indicator, period: Option<(i32, i32)>) -> Option<Start> {
    if ind.cumulative {
        let year = match period {
            Some(p) => p.0.saturating_sub(1),
            None => ind.baseline.as_ref()?.year,
        };
        return Some(Start { year, value: 0.0 });
    }
    let m = ind.baseline.as_ref()?;
    Some(Start {
        year: m.year,
        value: fin(m.value)?,
    })
}

/// Finite actuals, one per year (the later record wins), in year order.
fn yearly_values(ind: &Indicator) -> Vec<(i32, f64)> {
    let mut out: Vec<(i32, f64)> = Vec::new();
    for a in &ind.actuals {
        if let Some(v) = fin(a.value) {
            // Replaced in place (years are unique so far, and sorted below).
            match out.iter_mut().find(|x| x.0 == a.year) {
                Some(x) => x.1 = v,
                None => out.push((a.year, v)),
            }
        }
    }
    crate::model::sort_by_year(&mut out, |x| x.0);
    out
}

/// The actual for `year`, else the latest one not after it (or the latest of all).
fn pick(flows: &[(i32, f64)], year: Option<i32>) -> Option<(i32, f64)> {
    match year {
        Some(y) => flows.iter().rev().find(|f| f.0 <= y).copied(),
        None => flows.last().copied(),
    }
}

fn has_value_target(ind: &Indicator) -> bool {
    ind.targets.iter().any(|t| target_value(t, None).is_some())
}

/// The value a target asks for: the low end of a range, twice the baseline for 翻一番.
fn target_value(t: &Target, baseline: Option<f64>) -> Option<f64> {
    let v = t.value.and_then(fin);
    match t.op {
        Op::Double => v.or_else(|| fin(2.0 * baseline?)),
        Op::Range => v.or(t.high.and_then(fin)),
        _ => v,
    }
}

/// The milestone for year `y`: the first not yet past (the last once all are), measured
/// from the previous one (or from the start for the first).
fn goal(ind: &Indicator, y: i32, ctx: &Ctx) -> Result<Goal, String> {
    let baseline = ind.baseline.as_ref().and_then(|m| fin(m.value));
    let mut ts: Vec<&Target> = ind.targets.iter().collect();
    crate::model::sort_by_year(&mut ts, |t| t.year);
    let idx = ts
        .iter()
        .position(|t| t.year >= y)
        .or(ts.len().checked_sub(1));
    let Some(t) = idx.and_then(|i| ts.get(i)) else {
        return growth_goal(ind, ctx.period.map(|p| p.1), ctx);
    };
    let Some(v) = target_value(t, baseline) else {
        if t.op == Op::Double {
            return Err("翻一番目标缺少基期值，无法确定目标值。".into());
        }
        return growth_goal(ind, Some(t.year), ctx);
    };
    let prev = idx
        .and_then(|i| i.checked_sub(1))
        .and_then(|j| ts.get(j))
        .filter(|p| p.year < t.year)
        .and_then(|p| {
            Some(Start {
                year: p.year,
                value: target_value(p, baseline)?,
            })
        });
    let mut target = (*t).clone();
    target.value = Some(v);
    target.high = t.high.and_then(fin);
    Ok(Goal {
        target: Some(target),
        op: t.op,
        end: Some((t.year, v)),
        high: t.high.and_then(fin),
        start: prev.or(ctx.start),
        growth: None,
    })
}

/// A goal from a 年均增长 rate: the implied end value `b·(1+g)^(T−B)` when the end year
/// is known, else the rate alone.
fn growth_goal(ind: &Indicator, end_year: Option<i32>, ctx: &Ctx) -> Result<Goal, String> {
    let Some(gr) = &ind.growth else {
        return Err("缺少目标值，无法测算。".into());
    };
    let g = fin(gr.annual_rate_pct / 100.0)
        .filter(|g| *g > -1.0)
        .ok_or("年均增长率无效，无法测算。")?;
    let start = ctx
        .start
        .ok_or("年均增长目标缺少基期值，且监测值不足两个，无法比较实际增速。")?;
    let op = match gr.op {
        Op::Range | Op::Double => Op::Ge,
        op => op,
    };
    let end = end_year.filter(|t| *t > start.year).and_then(|t| {
        let years = f64::from(t) - f64::from(start.year);
        Some((t, implied_value(start.value, gr.annual_rate_pct, years)?))
    });
    Ok(Goal {
        target: end.map(|(year, v)| Target {
            year,
            op,
            value: round_value(v),
            high: None,
            unit: None,
        }),
        op,
        end,
        high: None,
        start: Some(start),
        growth: Some(g),
    })
}

/// The full assessment of actual `a` in year `y`; `years` are the (year, value) pairs a
/// 每年 target counts.
fn evaluate(
    ind: &Indicator,
    actual: Option<f64>,
    y: i32,
    ctx: &Ctx,
    years: &[(i32, f64)],
) -> Assessment {
    let mut out = Assessment {
        status: Status::NoData,
        reason: "暂无监测数据。".into(),
        target: None,
        progress: None,
        time_elapsed: None,
        expected_linear: None,
        on_schedule: None,
        cagr_actual: None,
        cagr_required: None,
        growth_ratio: None,
        still_needed_cagr: None,
        share_met: None,
        stretch_met: None,
    };
    let mut goal = match goal(ind, y, ctx) {
        Ok(g) => g,
        Err(reason) => {
            if actual.is_some() {
                out.reason = reason;
            }
            return out;
        }
    };
    out.target = goal.target.take();
    let Some(a) = actual.and_then(fin) else {
        return out;
    };
    let m = metrics(&goal, a, y);
    let (status, reason) = verdict(&goal, &m, a, y, ctx.th);
    out.status = status;
    out.reason = reason;
    out.progress = m.progress.and_then(|x| round_to(x, 3));
    out.time_elapsed = m.time_elapsed.and_then(|x| round_to(x, 3));
    out.expected_linear = m.expected.and_then(round_value);
    out.on_schedule = match (m.progress, m.time_elapsed) {
        (Some(p), Some(te)) => Some(p + 1e-9 >= te),
        _ => None,
    };
    out.cagr_actual = m.cagr_actual.and_then(|x| round_to(x, 4));
    out.cagr_required = m.cagr_required.and_then(|x| round_to(x, 4));
    out.growth_ratio = m.ratio.and_then(|x| round_to(x, 2));
    out.still_needed_cagr = m.still_needed.and_then(|x| round_to(x, 4));
    if goal.op == Op::Range {
        out.stretch_met = goal.high.map(|h| meets(Op::Ge, a, h));
    }
    if ind.per_year {
        per_year(&mut out, ind, ctx, years);
    }
    out
}

/// Progress, schedule and growth rates, unrounded; `None` wherever undefined.
fn metrics(goal: &Goal, a: f64, y: i32) -> Metrics {
    let mut m = Metrics::default();
    let ya = f64::from(y);
    if let Some(s) = goal.start {
        let since = ya - f64::from(s.year);
        m.cagr_actual = cagr(s.value, a, since);
        m.cagr_required = goal.growth;
        if let Some((t, v)) = goal.end {
            let span = f64::from(t) - f64::from(s.year);
            // v = b divides by zero: no progress ratio, handled by the verdict.
            m.progress = fin((a - s.value) / (v - s.value));
            if span > 0.0 && since >= 0.0 {
                m.time_elapsed = fin(since / span);
                m.expected = m
                    .time_elapsed
                    .and_then(|te| fin(s.value + te * (v - s.value)));
            }
            m.cagr_required = cagr(s.value, v, span);
        }
    }
    if let Some((t, v)) = goal.end {
        m.still_needed = cagr(a, v, f64::from(t) - ya);
    }
    m.ratio = match (m.cagr_actual, m.cagr_required) {
        (Some(x), Some(r)) if r != 0.0 => fin(x / r),
        _ => None,
    };
    m
}

/// Compound annual growth from `from` to `to` over `years`; undefined unless all positive.
fn cagr(from: f64, to: f64, years: f64) -> Option<f64> {
    if from > 0.0 && to > 0.0 && years > 0.0 {
        fin(crate::num::pow(to / from, 1.0 / years) - 1.0)
    } else {
        None
    }
}

/// Whether `a` satisfies `op v` (a range or 翻一番 is met from its low end / value up).
fn meets(op: Op, a: f64, v: f64) -> bool {
    // Derived targets (2b, b·(1+g)^n) carry float noise; a relative hair absorbs it.
    let tol = 1e-9 * v.abs().max(1.0);
    match op {
        Op::Ge | Op::Range | Op::Double => a >= v - tol,
        Op::Gt => a > v,
        Op::Eq => (a - v).abs() <= tol,
        Op::Le => a <= v + tol,
        Op::Lt => a < v,
    }
}

/// The band of a ratio (growth ratio, progress / time elapsed, or a share of years).
fn band(r: f64, th: &Thresholds) -> Status {
    // A hair of tolerance so that 0.95 computed as 0.94999999 still counts as 0.95.
    let r = r + 1e-9;
    if r >= th.on_track {
        Status::OnTrack
    } else if r >= th.moderate {
        Status::Moderate
    } else if r >= 0.0 {
        Status::Insufficient
    } else {
        Status::MovingAway
    }
}

/// Status and reason, decided on unrounded numbers.
fn verdict(goal: &Goal, m: &Metrics, a: f64, y: i32, th: &Thresholds) -> (Status, String) {
    let prefix = growth_prefix(goal, y);
    let (status, text) = verdict_core(goal, m, a, y, th);
    (status, prefix + &text)
}

fn verdict_core(goal: &Goal, m: &Metrics, a: f64, y: i32, th: &Thresholds) -> (Status, String) {
    use Status::*;
    if let Some((t, v)) = goal.end {
        if meets(goal.op, a, v) {
            return (Achieved, achieved_reason(goal, a, t, v));
        }
    }
    let Some(s) = goal.start else {
        return match goal.end {
            Some((t, v)) if y >= t => (
                Insufficient,
                format!(
                    "{t}年目标{}已到期，当前值{}未达到，进展不足。",
                    target_text(goal.op, v, goal.high),
                    num(a)
                ),
            ),
            _ => (NoData, "缺少基期值，无法测算进度。".into()),
        };
    };
    if y <= s.year {
        let reason = format!("监测年份{y}年不晚于起点年份{}年，无法测算进度。", s.year);
        return (NoData, reason);
    }
    let Some((t, v)) = goal.end else {
        return rate_only(m, th);
    };
    let tt = target_text(goal.op, v, goal.high);
    if meets(goal.op, s.value, v) {
        // The start already met the bar and the actual no longer does.
        let reason = format!(
            "起点值{}已满足目标{tt}，当前值{}反而未达到，偏离目标。",
            num(s.value),
            num(a)
        );
        return (MovingAway, reason);
    }
    if v == s.value {
        let st = if a == s.value {
            Insufficient
        } else {
            MovingAway
        };
        let reason = format!(
            "目标值与起点值同为{}，当前值{}未达到目标{tt}，{}。",
            num(v),
            num(a),
            st.label_zh()
        );
        return (st, reason);
    }
    if y >= t {
        let st = if m.progress.is_some_and(|p| p < 0.0) {
            MovingAway
        } else {
            Insufficient
        };
        let done = m
            .progress
            .map(|p| format!("（完成进度{}）", pct(p, 0)))
            .unwrap_or_default();
        let reason = format!(
            "{t}年目标{tt}已到期，当前值{}未达到{done}，{}。",
            num(a),
            st.label_zh()
        );
        return (st, reason);
    }
    if let (Some(r), Some(act), Some(req)) = (m.ratio, m.cagr_actual, m.cagr_required) {
        let st = band(r, th);
        // A 年均增长 goal already names its rate in the prefix.
        let how = if goal.growth.is_some() {
            ""
        } else {
            "按年均增速测算，"
        };
        let reason = format!(
            "{how}实际增速{}为所需增速{}的{}，{}。",
            pct(act, 2),
            pct(req, 2),
            pct(r, 0),
            st.label_zh()
        );
        return (st, reason);
    }
    if let (Some(p), Some(te)) = (m.progress, m.time_elapsed) {
        if te > 0.0 {
            let st = band(p / te, th);
            let why = if s.value == 0.0 {
                "起点值为0"
            } else {
                "存在非正数值"
            };
            let reason = format!(
                "{why}，年均增速无法测算，按线性进度测算：完成进度{}，时间进度{}，{}。",
                pct(p, 1),
                pct(te, 1),
                st.label_zh()
            );
            return (st, reason);
        }
    }
    (NoData, "数值超出可计算范围，无法测算进度。".into())
}

/// A growth rate with no end year: only actual against required growth can be compared.
fn rate_only(m: &Metrics, th: &Thresholds) -> (Status, String) {
    match (m.ratio, m.cagr_actual, m.cagr_required) {
        (Some(r), Some(act), Some(req)) => {
            let st = band(r, th);
            let reason = format!(
                "实际年均增速{}为目标增速{}的{}，{}。",
                pct(act, 2),
                pct(req, 2),
                pct(r, 0),
                st.label_zh()
            );
            (st, reason)
        }
        _ => (
            Status::NoData,
            "实际年均增速无法测算（数值需为正），无法与年均增长目标比较。".into(),
        ),
    }
}

/// For 年均增长 goals: the rate and the value it implies in the actual's year.
fn growth_prefix(goal: &Goal, y: i32) -> String {
    let (Some(g), Some(s)) = (goal.growth, goal.start) else {
        return String::new();
    };
    let years = f64::from(y) - f64::from(s.year);
    // A negative rate reads as a fall: 年均下降目标10%.
    let (word, rate) = if g < 0.0 {
        ("下降", -g)
    } else {
        ("增长", g)
    };
    match implied_value(s.value, g * 100.0, years) {
        Some(v) if years > 0.0 => {
            format!("年均{word}目标{}（{y}年应达{}）：", pct(rate, 2), num(v))
        }
        _ => format!("年均{word}目标{}：", pct(rate, 2)),
    }
}

fn achieved_reason(goal: &Goal, a: f64, t: i32, v: f64) -> String {
    match goal.high {
        Some(h) if goal.op == Op::Range && meets(Op::Ge, a, h) => {
            format!(
                "当前值{}已达到目标区间上限{}，高目标也已实现，已完成。",
                num(a),
                num(h)
            )
        }
        Some(h) if goal.op == Op::Range => format!(
            "当前值{}已达到目标区间下限{}（上限{}尚未达到），已完成。",
            num(a),
            num(v),
            num(h)
        ),
        _ => format!(
            "当前值{}已达到{t}年目标{}，已完成。",
            num(a),
            target_text(goal.op, v, goal.high)
        ),
    }
}

/// 每年 targets: the share of years whose actual met that year's bar decides the status.
fn per_year(out: &mut Assessment, ind: &Indicator, ctx: &Ctx, years: &[(i32, f64)]) {
    // Years with a bar, and those that met it.
    let (mut total, mut met) = (0, 0);
    for &(yr, a) in years {
        let Some((op, v)) = goal(ind, yr, ctx).ok().and_then(|g| Some((g.op, g.end?.1))) else {
            continue;
        };
        total += 1;
        if meets(op, a, v) {
            met += 1;
        }
    }
    if total == 0 || out.status == Status::NoData {
        return;
    }
    let share = met as f64 / total as f64;
    out.share_met = round_to(share, 3);
    out.status = if met == total {
        Status::Achieved
    } else if met == 0 && out.status == Status::MovingAway {
        Status::MovingAway
    } else {
        match band(share, ctx.th) {
            Status::MovingAway => Status::Insufficient,
            st => st,
        }
    };
    out.reason = format!(
        "每年目标：{total}年中有{met}年达标（{}），{}。",
        pct(share, 0),
        out.status.label_zh()
    );
}

/// `x` rounded to `d` decimals; huge values, already integral at that precision, stay.
fn round_to(x: f64, d: i32) -> Option<f64> {
    let x = fin(x)?;
    let scale = 10f64.powi(d);
    let r = (x * scale).round() / scale;
    let r = if r.is_finite() { r } else { x };
    // No "-0" in printed output.
    Some(if r == 0.0 { 0.0 } else { r })
}

/// A value in the plan's unit: 4 decimals, more for small magnitudes so that 4 significant
/// digits survive (0.0001234).
fn round_value(x: f64) -> Option<f64> {
    let x = fin(x)?;
    // 3 − ⌊log₁₀|x|⌋ decimals, within 4..=12: one more than 4 per power of ten that |x|
    // is below 0.1. Counted by comparison, not `log10` (libm's is half a KB of wasm).
    const SMALL: [f64; 8] = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8];
    let a = x.abs();
    let below = if a == 0.0 {
        0
    } else {
        SMALL.iter().filter(|p| a < **p).count()
    };
    round_to(x, 4 + below as i32)
}

/// A number for a reason sentence.
fn num(x: f64) -> String {
    round_value(x)
        .and_then(crate::num::shortest)
        .unwrap_or_else(|| "—".into())
}

/// A fraction as a percentage with `d` decimals ("91%", "5.97%").
fn pct(x: f64, d: i32) -> String {
    match round_to(x * 100.0, d).and_then(crate::num::shortest) {
        Some(s) => s + "%",
        None => "—".into(),
    }
}

/// A target in words: "≥6", "8—10", "翻一番（12）".
fn target_text(op: Op, v: f64, high: Option<f64>) -> String {
    let sym = match op {
        Op::Ge => "≥",
        Op::Gt => ">",
        Op::Eq => "=",
        Op::Le => "≤",
        Op::Lt => "<",
        Op::Range => return format!("{}—{}", num(v), high.map(num).unwrap_or_default()),
        Op::Double => return format!("翻一番（{}）", num(v)),
    };
    format!("{sym}{}", num(v))
}

#[cfg(test)]
mod tests {
    use super::{round_to, round_value};

    /// The definition `round_value` implements: 3 − ⌊log₁₀|x|⌋ decimals, within 4..=12.
    fn by_log10(x: f64) -> Option<f64> {
        let mag = if x == 0.0 {
            0
        } else {
            x.abs().log10().floor() as i32
        };
        round_to(x, (3 - mag).clamp(4, 12))
    }

    #[test]
    fn round_value_keeps_four_significant_digits() {
        let mut x = 1e-14_f64;
        while x < 1e6 {
            for y in [
                x,
                -x,
                f64::from_bits(x.to_bits() - 1),
                f64::from_bits(x.to_bits() + 1),
            ] {
                assert_eq!(round_value(y), by_log10(y), "{y:e}");
            }
            x *= 1.0007;
        }
        for k in -14..6 {
            let p = 10f64.powi(k);
            for y in [
                p,
                f64::from_bits(p.to_bits() - 1),
                f64::from_bits(p.to_bits() + 1),
            ] {
                assert_eq!(round_value(y), by_log10(y), "{y:e}");
            }
        }
        assert_eq!(round_value(0.0), Some(0.0));
        assert_eq!(round_value(0.000_123_456), Some(0.000_123_5));
        assert_eq!(round_value(f64::NAN), None);
    }
}
