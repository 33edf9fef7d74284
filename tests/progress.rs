//! The target engine (SPEC §5): every rule and edge case, and a property test that no input
//! panics or yields a non-finite number.

use planmeter::progress::{assess, assess_indicator, assess_with, implied_value, Thresholds};
use planmeter::{Actual, Assessment, Category, Growth, Indicator, Measure, Op, Status, Target};
use proptest::prelude::*;

fn ind(baseline: Option<(i32, f64)>, targets: &[(i32, Op, Option<f64>, Option<f64>)]) -> Indicator {
    Indicator {
        id: "i".into(),
        name: "指标".into(),
        key: None,
        category: Category::Other,
        unit: None,
        baseline: baseline.map(|(year, value)| Measure {
            year,
            value,
            unit: None,
        }),
        targets: targets
            .iter()
            .map(|&(year, op, value, high)| Target {
                year,
                op,
                value,
                high,
                unit: None,
            })
            .collect(),
        growth: None,
        cumulative: false,
        per_year: false,
        attribute: None,
        source: None,
        actuals: Vec::new(),
    }
}

/// baseline b (B), one target `op v` in T.
fn simple(b: f64, by: i32, op: Op, v: f64, ty: i32) -> Indicator {
    ind(Some((by, b)), &[(ty, op, Some(v), None)])
}

fn with_actuals(mut i: Indicator, actuals: &[(i32, f64)]) -> Indicator {
    i.actuals = actuals
        .iter()
        .map(|&(year, value)| Actual {
            year,
            value,
            unit: None,
            note: None,
        })
        .collect();
    i
}

fn worked() -> Indicator {
    simple(4.37, 2020, Op::Ge, 6.0, 2025)
}

/// Every f64 in an assessment, named.
fn numbers(a: &Assessment) -> Vec<(&'static str, Option<f64>)> {
    let t = a.target.as_ref();
    vec![
        ("progress", a.progress),
        ("time_elapsed", a.time_elapsed),
        ("expected_linear", a.expected_linear),
        ("cagr_actual", a.cagr_actual),
        ("cagr_required", a.cagr_required),
        ("growth_ratio", a.growth_ratio),
        ("still_needed_cagr", a.still_needed_cagr),
        ("share_met", a.share_met),
        ("target.value", t.and_then(|t| t.value)),
        ("target.high", t.and_then(|t| t.high)),
    ]
}

fn assert_finite(a: &Assessment) {
    for (name, v) in numbers(a) {
        if let Some(x) = v {
            assert!(x.is_finite(), "{name} = {x} in {a:?}");
        }
    }
    assert!(!a.reason.is_empty(), "empty reason in {a:?}");
    assert!(
        !a.reason.contains("NaN") && !a.reason.contains("inf"),
        "{a:?}"
    );
}

fn close(x: Option<f64>, want: f64) {
    let x = x.unwrap_or_else(|| panic!("expected {want}, got None"));
    assert!((x - want).abs() < 1e-9, "expected {want}, got {x}");
}

// ---------------------------------------------------------------- the worked example

#[test]
fn worked_example_prints_the_spec_numbers() {
    let a = assess(&worked(), Some(5.2), 2023);
    assert_eq!(a.status, Status::Moderate);
    assert_eq!(a.progress, Some(0.509));
    assert_eq!(a.time_elapsed, Some(0.6));
    assert_eq!(a.on_schedule, Some(false));
    assert_eq!(a.cagr_actual, Some(0.0597));
    assert_eq!(a.cagr_required, Some(0.0655));
    assert_eq!(a.growth_ratio, Some(0.91));
    assert_eq!(a.still_needed_cagr, Some(0.0742));
    // 4.37 + 0.6 · 1.63
    assert_eq!(a.expected_linear, Some(5.348));
    let t = a.target.expect("target");
    assert_eq!((t.year, t.op, t.value), (2025, Op::Ge, Some(6.0)));
    assert!(a.reason.contains("按年均增速测算"), "{}", a.reason);
    assert!(
        a.reason.contains("91%") && a.reason.contains("进展一般"),
        "{}",
        a.reason
    );
    assert!(a.reason.ends_with('。'));
}

#[test]
fn worked_example_json_field_names_are_the_contract() {
    let a = assess(&worked(), Some(5.2), 2023);
    let v = serde_json::to_value(&a).expect("serialize");
    let obj = v.as_object().expect("object");
    for k in [
        "status",
        "reason",
        "target",
        "progress",
        "time_elapsed",
        "expected_linear",
        "on_schedule",
        "cagr_actual",
        "cagr_required",
        "growth_ratio",
        "still_needed_cagr",
    ] {
        assert!(obj.contains_key(k), "missing {k}");
    }
    assert_eq!(v["status"], "moderate");
    // Extras appear only where they apply.
    assert!(!obj.contains_key("share_met") && !obj.contains_key("stretch_met"));
}

#[test]
fn thresholds_are_configurable() {
    let loose = Thresholds {
        on_track: 0.9,
        moderate: 0.5,
    };
    assert_eq!(
        assess_with(&worked(), Some(5.2), 2023, &loose).status,
        Status::OnTrack
    );
    let strict = Thresholds {
        on_track: 0.99,
        moderate: 0.92,
    };
    assert_eq!(
        assess_with(&worked(), Some(5.2), 2023, &strict).status,
        Status::Insufficient
    );
}

#[test]
fn eurostat_bands() {
    // (4.6/4.37)^(1/3) − 1 = 1.725% of the required 6.55%: ratio 0.26.
    let a = assess(&worked(), Some(4.6), 2023);
    assert_eq!(a.status, Status::Insufficient);
    assert_eq!(a.growth_ratio, Some(0.26));
    // Below the baseline: negative growth.
    let a = assess(&worked(), Some(4.0), 2023);
    assert_eq!(a.status, Status::MovingAway);
    assert!(a.growth_ratio.is_some_and(|r| r < 0.0));
    assert!(a.progress.is_some_and(|p| p < 0.0));
    // (5.6/4.37)^(1/3) − 1 = 8.62%: ratio 1.32.
    let a = assess(&worked(), Some(5.6), 2023);
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.on_schedule, Some(true));
}

#[test]
fn achieved_when_the_op_is_satisfied() {
    let a = assess(&worked(), Some(6.0), 2023);
    assert_eq!(a.status, Status::Achieved);
    assert_eq!(a.progress, Some(1.0));
    assert!(a.reason.contains("已完成"));
    // Strictly greater.
    let gt = simple(4.0, 2020, Op::Gt, 6.0, 2025);
    assert_ne!(assess(&gt, Some(6.0), 2024).status, Status::Achieved);
    assert_eq!(assess(&gt, Some(6.01), 2024).status, Status::Achieved);
    // Exactly.
    let eq = simple(90.0, 2020, Op::Eq, 100.0, 2025);
    assert_eq!(assess(&eq, Some(100.0), 2024).status, Status::Achieved);
    assert_ne!(assess(&eq, Some(99.0), 2024).status, Status::Achieved);
}

// ---------------------------------------------------------------- falling targets

#[test]
fn falling_target() {
    let i = simple(10.0, 2020, Op::Le, 5.0, 2025);
    let a = assess(&i, Some(8.0), 2022);
    assert_eq!(a.progress, Some(0.4));
    assert_eq!(a.time_elapsed, Some(0.4));
    assert_eq!(a.on_schedule, Some(true));
    // 0.5^(1/5) − 1, 0.8^(1/2) − 1, their ratio 0.8155, (5/8)^(1/3) − 1.
    assert_eq!(a.cagr_required, Some(-0.1294));
    assert_eq!(a.cagr_actual, Some(-0.1056));
    assert_eq!(a.growth_ratio, Some(0.82));
    assert_eq!(a.still_needed_cagr, Some(-0.145));
    assert_eq!(a.status, Status::Moderate);
    assert_eq!(assess(&i, Some(4.9), 2022).status, Status::Achieved);
    assert_eq!(assess(&i, Some(5.0), 2022).status, Status::Achieved);
    assert_eq!(assess(&i, Some(11.0), 2022).status, Status::MovingAway);
    let lt = simple(10.0, 2020, Op::Lt, 5.0, 2025);
    assert_ne!(assess(&lt, Some(5.0), 2022).status, Status::Achieved);
}

// ---------------------------------------------------------------- ranges

#[test]
fn range_low_end_met() {
    let i = ind(
        Some((2020, 5.0)),
        &[(2025, Op::Range, Some(8.0), Some(10.0))],
    );
    let a = assess(&i, Some(9.0), 2023);
    assert_eq!(a.status, Status::Achieved);
    assert_eq!(a.stretch_met, Some(false));
    assert!(
        a.reason.contains("下限") && a.reason.contains("10"),
        "{}",
        a.reason
    );
}

#[test]
fn range_high_end_met() {
    let i = ind(
        Some((2020, 5.0)),
        &[(2025, Op::Range, Some(8.0), Some(10.0))],
    );
    let a = assess(&i, Some(10.5), 2023);
    assert_eq!(a.status, Status::Achieved);
    assert_eq!(a.stretch_met, Some(true));
    assert!(
        a.reason.contains("上限") && a.reason.contains("高目标"),
        "{}",
        a.reason
    );
    let v = serde_json::to_value(&a).expect("serialize");
    assert_eq!(v["stretch_met"], true);
}

#[test]
fn range_below_low_end_measures_progress_to_the_low_end() {
    let i = ind(
        Some((2020, 5.0)),
        &[(2025, Op::Range, Some(8.0), Some(10.0))],
    );
    let a = assess(&i, Some(6.5), 2023);
    assert_eq!(a.progress, Some(0.5));
    assert_eq!(a.stretch_met, Some(false));
    assert_ne!(a.status, Status::Achieved);
}

// ---------------------------------------------------------------- 翻一番

#[test]
fn doubling_with_baseline() {
    let i = ind(Some((2020, 3.0)), &[(2025, Op::Double, None, None)]);
    let a = assess(&i, Some(4.5), 2023);
    assert_eq!(a.target.as_ref().and_then(|t| t.value), Some(6.0));
    assert_eq!(a.progress, Some(0.5));
    // 2^(1/5) − 1 = 14.87%; 1.5^(1/3) − 1 = 14.47%.
    assert_eq!(a.cagr_required, Some(0.1487));
    assert_eq!(a.cagr_actual, Some(0.1447));
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(assess(&i, Some(6.0), 2024).status, Status::Achieved);
    assert_ne!(assess(&i, Some(5.9), 2024).status, Status::Achieved);
}

#[test]
fn doubling_without_baseline_is_no_data() {
    let i = ind(None, &[(2025, Op::Double, None, None)]);
    let a = assess(&i, Some(4.5), 2023);
    assert_eq!(a.status, Status::NoData);
    assert!(
        a.reason.contains("翻一番") && a.reason.contains("基期"),
        "{}",
        a.reason
    );
    assert_eq!(a.progress, None);
}

// ---------------------------------------------------------------- 零突破, linear fallback

#[test]
fn zero_breakthrough_uses_linear_rules() {
    let i = simple(0.0, 2020, Op::Ge, 1.0, 2025);
    let a = assess(&i, Some(0.0), 2023);
    assert_eq!(a.status, Status::Insufficient);
    assert_eq!(a.cagr_actual, None);
    assert_eq!(a.cagr_required, None);
    assert_eq!(a.growth_ratio, None);
    assert_eq!(a.progress, Some(0.0));
    assert!(a.reason.contains("线性"), "{}", a.reason);
    assert_eq!(assess(&i, Some(1.0), 2023).status, Status::Achieved);
}

#[test]
fn linear_fallback_bands_on_progress_over_time() {
    let i = simple(0.0, 2020, Op::Ge, 10.0, 2025);
    // 50% done at 60% of the time: 0.83 of schedule.
    let a = assess(&i, Some(5.0), 2023);
    assert_eq!(a.status, Status::Moderate);
    assert_eq!(a.progress, Some(0.5));
    assert_eq!(a.on_schedule, Some(false));
    assert!(
        a.reason.contains("线性") && a.reason.contains("50%"),
        "{}",
        a.reason
    );
    assert_eq!(assess(&i, Some(6.0), 2023).status, Status::OnTrack);
    assert_eq!(assess(&i, Some(6.0), 2023).on_schedule, Some(true));
    assert_eq!(assess(&i, Some(2.0), 2023).status, Status::Insufficient);
    assert_eq!(assess(&i, Some(-1.0), 2023).status, Status::MovingAway);
}

#[test]
fn negative_values() {
    // A balance from −5 to at least 0.
    let i = simple(-5.0, 2020, Op::Ge, 0.0, 2025);
    let a = assess(&i, Some(-2.0), 2023);
    assert_eq!(a.progress, Some(0.6));
    assert_eq!(a.cagr_actual, None);
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.still_needed_cagr, None);
    assert_eq!(assess(&i, Some(-6.0), 2023).status, Status::MovingAway);
    assert_finite(&a);
}

// ---------------------------------------------------------------- growth targets

fn growth_only(baseline: Option<(i32, f64)>, pct: f64) -> Indicator {
    let mut i = ind(baseline, &[]);
    i.growth = Some(Growth {
        annual_rate_pct: pct,
        op: Op::Ge,
    });
    i
}

#[test]
fn implied_growth_value() {
    close(implied_value(100.0, 10.0, 3.0), 133.1);
    close(implied_value(100.0, -10.0, 2.0), 81.0);
    assert_eq!(implied_value(100.0, -100.0, 2.0), None);
    assert_eq!(implied_value(f64::NAN, 10.0, 2.0), None);
}

#[test]
fn growth_only_target_with_period_implies_the_end_value() {
    let i = with_actuals(growth_only(Some((2020, 100.0)), 10.0), &[(2023, 125.0)]);
    let a = assess_indicator(&i, Some((2021, 2025)), None).expect("assessed");
    let t = a.target.as_ref().expect("implied target");
    // 100 · 1.1^5
    assert_eq!((t.year, t.value), (2025, Some(161.051)));
    assert_eq!(a.cagr_required, Some(0.1));
    // 1.25^(1/3) − 1
    assert_eq!(a.cagr_actual, Some(0.0772));
    assert_eq!(a.growth_ratio, Some(0.77));
    assert_eq!(a.status, Status::Moderate);
    // The value the growth path implies in 2023: 133.1.
    assert!(a.reason.contains("133.1"), "{}", a.reason);
    assert_eq!(
        assess_indicator(&i, Some((2021, 2025)), Some(2023)).map(|a| a.status),
        Some(Status::Moderate)
    );
}

#[test]
fn growth_target_with_an_end_year_but_no_value() {
    let mut i = growth_only(Some((2020, 100.0)), 10.0);
    i.targets.push(Target {
        year: 2025,
        op: Op::Ge,
        value: None,
        high: None,
        unit: None,
    });
    let a = assess(&i, Some(170.0), 2024);
    assert_eq!(a.target.and_then(|t| t.value), Some(161.051));
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn growth_rate_without_end_year_compares_rates() {
    let i = growth_only(Some((2020, 100.0)), 10.0);
    let a = assess(&i, Some(125.0), 2023);
    assert_eq!(a.target, None);
    assert_eq!(a.progress, None);
    assert_eq!(a.cagr_required, Some(0.1));
    assert_eq!(a.growth_ratio, Some(0.77));
    assert_eq!(a.status, Status::Moderate);
    assert_eq!(assess(&i, Some(90.0), 2023).status, Status::MovingAway);
}

#[test]
fn growth_only_without_baseline() {
    let i = growth_only(None, 10.0);
    let a = assess(&i, Some(121.0), 2023);
    assert_eq!(a.status, Status::NoData);
    assert!(a.reason.contains("基期"), "{}", a.reason);
    // One actual: still nothing to compare.
    let one = with_actuals(i.clone(), &[(2023, 121.0)]);
    let a = assess_indicator(&one, Some((2021, 2025)), None).expect("assessed");
    assert_eq!(a.status, Status::NoData);
    // Two actuals: 100 → 121 in two years is exactly 10% a year.
    let two = with_actuals(i, &[(2021, 100.0), (2023, 121.0)]);
    let a = assess_indicator(&two, Some((2021, 2025)), None).expect("assessed");
    assert_eq!(a.cagr_actual, Some(0.1));
    assert_eq!(a.growth_ratio, Some(1.0));
    assert_eq!(a.status, Status::OnTrack);
    assert!(a.reason.contains("2021年"), "{}", a.reason);
}

// ---------------------------------------------------------------- cumulative, per-year

#[test]
fn cumulative_sums_flows_since_the_period_start() {
    let mut i = simple(999.0, 2020, Op::Ge, 100.0, 2025);
    i.cumulative = true;
    // 2020 is before the period and is not counted.
    let i = with_actuals(i, &[(2020, 50.0), (2021, 20.0), (2022, 25.0), (2023, 15.0)]);
    let a = assess_indicator(&i, Some((2021, 2025)), None).expect("assessed");
    // 60 of 100 after 3 of 5 years.
    assert_eq!(a.progress, Some(0.6));
    assert_eq!(a.time_elapsed, Some(0.6));
    assert_eq!(a.on_schedule, Some(true));
    assert_eq!(a.status, Status::OnTrack);
    let a = assess_indicator(&i, Some((2021, 2025)), Some(2022)).expect("assessed");
    assert_eq!(a.progress, Some(0.45));
    assert_eq!(a.time_elapsed, Some(0.4));
    // Cumulative total reaches the target.
    let done = with_actuals(i, &[(2021, 40.0), (2022, 35.0), (2023, 30.0)]);
    let a = assess_indicator(&done, Some((2021, 2025)), None).expect("assessed");
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn cumulative_without_period_counts_from_the_baseline_year() {
    let mut i = simple(0.0, 2020, Op::Ge, 100.0, 2025);
    i.cumulative = true;
    let i = with_actuals(i, &[(2021, 30.0), (2022, 30.0)]);
    let a = assess_indicator(&i, None, None).expect("assessed");
    assert_eq!(a.progress, Some(0.6));
    assert_eq!(a.time_elapsed, Some(0.4));
}

#[test]
fn per_year_share_of_years_met() {
    let mut i = simple(8.0, 2020, Op::Ge, 10.0, 2025);
    i.per_year = true;
    let i = with_actuals(i, &[(2021, 11.0), (2022, 9.0), (2023, 12.0)]);
    let a = assess_indicator(&i, Some((2021, 2025)), None).expect("assessed");
    assert_eq!(a.share_met, Some(0.667));
    assert_eq!(a.status, Status::Moderate);
    assert!(a.reason.contains("3年中有2年"), "{}", a.reason);
    // From 2022 on: one of two years.
    let a = assess_indicator(&i, Some((2022, 2025)), None).expect("assessed");
    assert_eq!(a.share_met, Some(0.5));
    assert_eq!(a.status, Status::Insufficient);
    // Up to 2021: every year met.
    let a = assess_indicator(&i, Some((2021, 2025)), Some(2021)).expect("assessed");
    assert_eq!(a.share_met, Some(1.0));
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn per_year_single_actual() {
    let mut i = simple(8.0, 2020, Op::Ge, 10.0, 2025);
    i.per_year = true;
    assert_eq!(assess(&i, Some(10.0), 2022).status, Status::Achieved);
    let a = assess(&i, Some(9.0), 2022);
    assert_eq!(a.share_met, Some(0.0));
    assert_eq!(a.status, Status::Insufficient);
}

// ---------------------------------------------------------------- several milestones

fn milestones() -> Indicator {
    ind(
        Some((2020, 10.0)),
        &[
            (2022, Op::Ge, Some(20.0), None),
            (2025, Op::Ge, Some(50.0), None),
        ],
    )
}

#[test]
fn milestone_before_the_first() {
    let a = assess(&milestones(), Some(15.0), 2021);
    assert_eq!(a.target.map(|t| t.year), Some(2022));
    assert_eq!(a.progress, Some(0.5));
    assert_eq!(a.time_elapsed, Some(0.5));
}

#[test]
fn milestone_in_its_own_year() {
    let a = assess(&milestones(), Some(20.0), 2022);
    assert_eq!(a.target.map(|t| t.year), Some(2022));
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn milestone_between_measures_from_the_previous_one() {
    let a = assess(&milestones(), Some(30.0), 2023);
    assert_eq!(a.target.as_ref().map(|t| t.year), Some(2025));
    // From 20 (2022) to 50 (2025).
    assert_eq!(a.progress, Some(0.333));
    assert_eq!(a.time_elapsed, Some(0.333));
    assert_eq!(a.expected_linear, Some(30.0));
    // 2.5^(1/3) − 1 required, 50% actual.
    assert_eq!(a.cagr_required, Some(0.3572));
    assert_eq!(a.cagr_actual, Some(0.5));
    assert_eq!(a.status, Status::OnTrack);
}

#[test]
fn milestone_after_the_last() {
    let a = assess(&milestones(), Some(45.0), 2026);
    assert_eq!(a.target.as_ref().map(|t| t.year), Some(2025));
    assert_eq!(a.status, Status::Insufficient);
    assert_eq!(a.still_needed_cagr, None);
    assert!(a.reason.contains("到期"), "{}", a.reason);
    assert_eq!(
        assess(&milestones(), Some(55.0), 2026).status,
        Status::Achieved
    );
}

#[test]
fn unsorted_milestones_are_ordered_by_year() {
    let i = ind(
        Some((2020, 10.0)),
        &[
            (2025, Op::Ge, Some(50.0), None),
            (2022, Op::Ge, Some(20.0), None),
        ],
    );
    assert_eq!(assess(&i, Some(30.0), 2023).progress, Some(0.333));
}

// ---------------------------------------------------------------- time edge cases

#[test]
fn actual_not_after_the_baseline() {
    let a = assess(&worked(), Some(5.0), 2020);
    assert_eq!(a.status, Status::NoData);
    assert_eq!(a.time_elapsed, Some(0.0));
    assert_eq!(a.cagr_actual, None);
    let a = assess(&worked(), Some(5.0), 2018);
    assert_eq!(a.status, Status::NoData);
    assert_eq!(a.time_elapsed, None);
    assert!(a.reason.contains("2018"), "{}", a.reason);
    assert_finite(&a);
}

#[test]
fn actual_after_the_target_year() {
    let a = assess(&worked(), Some(5.5), 2026);
    assert_eq!(a.status, Status::Insufficient);
    assert_eq!(a.time_elapsed, Some(1.2));
    assert_eq!(a.still_needed_cagr, None);
    assert_eq!(
        assess(&worked(), Some(4.0), 2026).status,
        Status::MovingAway
    );
    assert_eq!(assess(&worked(), Some(6.5), 2026).status, Status::Achieved);
    // In the target year itself the target is due.
    let a = assess(&worked(), Some(5.9), 2025);
    assert_eq!(a.status, Status::Insufficient);
    assert_eq!(a.still_needed_cagr, None);
}

#[test]
fn target_equal_to_baseline() {
    let i = simple(6.0, 2020, Op::Ge, 6.0, 2025);
    assert_eq!(assess(&i, Some(6.0), 2023).status, Status::Achieved);
    let a = assess(&i, Some(5.0), 2023);
    assert_eq!(a.status, Status::MovingAway);
    assert_eq!(a.progress, None);
    assert_finite(&a);
    let gt = simple(6.0, 2020, Op::Gt, 6.0, 2025);
    let a = assess(&gt, Some(6.0), 2023);
    assert_eq!(a.status, Status::Insufficient);
    assert_finite(&a);
}

#[test]
fn target_year_not_after_the_baseline() {
    let i = simple(4.0, 2025, Op::Ge, 6.0, 2025);
    let a = assess(&i, Some(5.0), 2026);
    assert_ne!(a.status, Status::Achieved);
    assert_eq!(a.time_elapsed, None);
    assert_finite(&a);
}

// ---------------------------------------------------------------- missing and bad values

#[test]
fn missing_values() {
    let a = assess(&worked(), None, 2023);
    assert_eq!(a.status, Status::NoData);
    assert!(a.reason.contains("暂无"), "{}", a.reason);
    assert_eq!(a.target.map(|t| t.year), Some(2025));

    let no_base = ind(None, &[(2025, Op::Ge, Some(6.0), None)]);
    let a = assess(&no_base, Some(5.0), 2023);
    assert_eq!(a.status, Status::NoData);
    assert!(a.reason.contains("基期"), "{}", a.reason);
    assert_eq!(assess(&no_base, Some(6.0), 2023).status, Status::Achieved);
    assert_eq!(
        assess(&no_base, Some(5.0), 2025).status,
        Status::Insufficient
    );

    let no_target = ind(Some((2020, 4.0)), &[]);
    let a = assess(&no_target, Some(5.0), 2023);
    assert_eq!(a.status, Status::NoData);
    assert!(a.reason.contains("目标"), "{}", a.reason);
}

#[test]
fn non_finite_inputs() {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let a = assess(&worked(), Some(bad), 2023);
        assert_eq!(a.status, Status::NoData);
        assert_finite(&a);

        let a = assess(&simple(bad, 2020, Op::Ge, 6.0, 2025), Some(5.2), 2023);
        assert_eq!(a.status, Status::NoData);
        assert_finite(&a);

        let a = assess(&simple(4.37, 2020, Op::Ge, bad, 2025), Some(5.2), 2023);
        assert_eq!(a.status, Status::NoData);
        assert_finite(&a);

        let r = ind(
            Some((2020, 5.0)),
            &[(2025, Op::Range, Some(8.0), Some(bad))],
        );
        let a = assess(&r, Some(9.0), 2023);
        assert_eq!(a.status, Status::Achieved);
        assert_eq!(a.stretch_met, None);
        assert_finite(&a);

        let mut g = growth_only(Some((2020, 100.0)), bad);
        g.targets.clear();
        let a = assess(&g, Some(120.0), 2023);
        assert_eq!(a.status, Status::NoData);
        assert_finite(&a);

        // A non-finite actual in the data is skipped, not assessed.
        let i = with_actuals(worked(), &[(2022, 5.0), (2023, bad)]);
        let a = assess_indicator(&i, None, None).expect("assessed");
        assert_eq!(a.time_elapsed, Some(0.4));
    }
}

#[test]
fn huge_and_extreme_inputs_stay_finite() {
    let cases = [
        (simple(1e308, 2020, Op::Ge, -1e308, 2025), 1e308, 2023),
        (simple(-1e308, 2020, Op::Le, 1e308, 2025), -1e308, 2023),
        (simple(5e-324, 2020, Op::Ge, 1e308, 2025), 1e300, 2023),
        (simple(1.0, i32::MIN, Op::Ge, 2.0, i32::MAX), 1.5, 0),
        (simple(1.0, i32::MAX, Op::Ge, 2.0, i32::MIN), 1.5, i32::MAX),
        (simple(1e-300, 2020, Op::Ge, 1e300, 2021), 1e-10, 2020),
    ];
    for (i, a, y) in cases {
        assert_finite(&assess(&i, Some(a), y));
    }
}

// ---------------------------------------------------------------- assess_indicator

#[test]
fn assess_indicator_picks_the_year_or_the_latest() {
    let i = with_actuals(worked(), &[(2021, 4.8), (2023, 5.2)]);
    let latest = assess_indicator(&i, Some((2021, 2025)), None).expect("assessed");
    assert_eq!(latest.progress, Some(0.509));
    let y2021 = assess_indicator(&i, Some((2021, 2025)), Some(2021)).expect("assessed");
    assert_eq!(y2021.time_elapsed, Some(0.2));
    // No actual for 2022: the latest before it.
    let y2022 = assess_indicator(&i, Some((2021, 2025)), Some(2022)).expect("assessed");
    assert_eq!(y2022.time_elapsed, Some(0.2));
    assert_eq!(assess_indicator(&i, None, Some(2019)), None);
    assert_eq!(assess_indicator(&worked(), None, None), None);
}

// ---------------------------------------------------------------- property test

fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::num::f64::ANY,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(0.0),
        Just(-0.0),
        Just(f64::MAX),
        Just(f64::MIN),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
        -1e3..1e3f64,
    ]
}

fn any_year() -> impl Strategy<Value = i32> {
    prop_oneof![2015..2030i32, any::<i32>(), Just(i32::MIN), Just(i32::MAX)]
}

fn any_op() -> impl Strategy<Value = Op> {
    prop::sample::select(Op::ALL.to_vec())
}

fn any_target() -> impl Strategy<Value = Target> {
    (
        any_year(),
        any_op(),
        prop::option::of(any_f64()),
        prop::option::of(any_f64()),
    )
        .prop_map(|(year, op, value, high)| Target {
            year,
            op,
            value,
            high,
            unit: None,
        })
}

prop_compose! {
    fn any_indicator()(
        baseline in prop::option::of((any_year(), any_f64())),
        targets in prop::collection::vec(any_target(), 0..4),
        growth in prop::option::of((any_f64(), any_op())),
        cumulative in any::<bool>(),
        per_year in any::<bool>(),
        actuals in prop::collection::vec((any_year(), any_f64()), 0..5),
    ) -> Indicator {
        let mut i = ind(baseline, &[]);
        i.targets = targets;
        i.growth = growth.map(|(annual_rate_pct, op)| Growth { annual_rate_pct, op });
        i.cumulative = cumulative;
        i.per_year = per_year;
        with_actuals(i, &actuals)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_never_non_finite(
        i in any_indicator(),
        actual in prop::option::of(any_f64()),
        year in any_year(),
        period in prop::option::of((any_year(), any_year())),
        ask in prop::option::of(any_year()),
    ) {
        let a = assess(&i, actual, year);
        assert_finite(&a);
        if let Some(b) = assess_indicator(&i, period, ask) {
            assert_finite(&b);
            prop_assert!(serde_json::to_string(&b).is_ok());
        }
    }

    #[test]
    fn plausible_inputs_stay_finite(
        b in -100.0..1e4f64,
        v in -100.0..1e4f64,
        a in -100.0..1e4f64,
        by in 2015..2025i32,
        ty in 2015..2030i32,
        y in 2010..2035i32,
        op in any_op(),
    ) {
        let i = simple(b, by, op, v, ty);
        let r = assess(&i, Some(a), y);
        assert_finite(&r);
        prop_assert!(r.status != Status::NoData || y <= by || r.reason.contains("基期") || v == b || ty <= by,
            "unexpected no_data: {r:?}");
    }
}

/// A yearly fall (比上年缩短10%, parsed as −10 % with `<=`): the implied end value is lower,
/// and a value that fell faster than asked is ahead.
#[test]
fn falling_growth_target() {
    let falling = |actual: f64| {
        let mut i = growth_only(Some((2025, 100.0)), -10.0);
        if let Some(g) = i.growth.as_mut() {
            g.op = Op::Le;
        }
        with_actuals(i, &[(2027, actual)])
    };
    let a = assess_indicator(&falling(75.0), Some((2026, 2030)), Some(2027)).expect("assessed");
    let t = a.target.as_ref().expect("implied target");
    // 100 · 0.9^5
    assert_eq!((t.year, t.op, t.value), (2030, Op::Le, Some(59.049)));
    assert!(
        matches!(a.status, Status::OnTrack | Status::Achieved),
        "{:?}: {}",
        a.status,
        a.reason
    );
    assert_finite(&a);
    // Rising instead of falling moves away from it.
    let b = assess_indicator(&falling(120.0), Some((2026, 2030)), Some(2027)).expect("assessed");
    assert_eq!(b.status, Status::MovingAway, "{}", b.reason);
}
