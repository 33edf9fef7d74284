//! Structured input → an `Indicator` with arbitrary numbers (NaN, ±inf, huge, negative,
//! zero), operators, flags and years → `assess` and `assess_indicator`.
//!
//! Invariant (SPEC §5): no panic, and every number in the Assessment is finite.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use planmeter::progress::{assess_indicator_with, assess_with, Thresholds};
use planmeter::{Actual, Assessment, Category, Growth, Indicator, Measure, Op, Target};

/// A year: usually near the plans' decades, sometimes any i32 (edge cases Y ≤ B, Y > T).
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Year {
    Near(u8),
    Any(i32),
}

impl Year {
    fn get(self) -> i32 {
        match self {
            Year::Near(n) => 2010 + i32::from(n % 30),
            Year::Any(y) => y,
        }
    }
}

/// A number: usually a small, tidy value (so that equal and zero cases come up), else any
/// f64 bit pattern including NaN and infinities.
#[derive(Arbitrary, Debug, Clone, Copy)]
enum Num {
    Small(i8),
    Tenths(i16),
    Any(f64),
}

impl Num {
    fn get(self) -> f64 {
        match self {
            Num::Small(n) => f64::from(n),
            Num::Tenths(n) => f64::from(n) / 10.0,
            Num::Any(x) => x,
        }
    }
}

#[derive(Arbitrary, Debug)]
struct In {
    baseline: Option<(Year, Num)>,
    targets: Vec<(Year, u8, Option<Num>, Option<Num>)>,
    growth: Option<(Num, u8)>,
    cumulative: bool,
    per_year: bool,
    actuals: Vec<(Year, Num)>,
    period: Option<(Year, Year)>,
    actual: Option<Num>,
    year: Year,
    pick_year: Option<Year>,
    thresholds: Option<(Num, Num)>,
}

fn op(n: u8) -> Op {
    Op::ALL[usize::from(n) % Op::ALL.len()]
}

fn indicator(i: &In) -> Indicator {
    Indicator {
        id: "x".into(),
        name: "指标".into(),
        key: None,
        category: Category::Other,
        unit: None,
        baseline: i.baseline.map(|(y, v)| Measure {
            year: y.get(),
            value: v.get(),
            unit: None,
        }),
        targets: i
            .targets
            .iter()
            .take(8)
            .map(|(y, o, v, h)| Target {
                year: y.get(),
                op: op(*o),
                value: v.map(Num::get),
                high: h.map(Num::get),
                unit: None,
            })
            .collect(),
        growth: i.growth.map(|(r, o)| Growth {
            annual_rate_pct: r.get(),
            op: op(o),
        }),
        cumulative: i.cumulative,
        per_year: i.per_year,
        attribute: None,
        source: None,
        actuals: i
            .actuals
            .iter()
            .take(16)
            .map(|(y, v)| Actual {
                year: y.get(),
                value: v.get(),
                unit: None,
                note: None,
            })
            .collect(),
    }
}

fn check(a: &Assessment, input: &In) {
    let fields = [
        ("progress", a.progress),
        ("time_elapsed", a.time_elapsed),
        ("expected_linear", a.expected_linear),
        ("cagr_actual", a.cagr_actual),
        ("cagr_required", a.cagr_required),
        ("growth_ratio", a.growth_ratio),
        ("still_needed_cagr", a.still_needed_cagr),
        ("share_met", a.share_met),
        ("target.value", a.target.as_ref().and_then(|t| t.value)),
        ("target.high", a.target.as_ref().and_then(|t| t.high)),
    ];
    for (name, v) in fields {
        if let Some(v) = v {
            assert!(v.is_finite(), "{name} = {v} for {input:#?}\n{a:#?}");
        }
    }
    if let Some(s) = a.share_met {
        assert!((0.0..=1.0).contains(&s), "share_met = {s}");
    }
    assert!(!a.reason.is_empty(), "empty reason for {input:#?}");
    for bad in ["NaN", "inf"] {
        assert!(!a.reason.contains(bad), "reason shows {bad}: {}", a.reason);
    }
}

fuzz_target!(|input: In| {
    let ind = indicator(&input);
    let th = match input.thresholds {
        Some((a, b)) => Thresholds {
            on_track: a.get(),
            moderate: b.get(),
        },
        None => Thresholds::default(),
    };
    let a = assess_with(&ind, input.actual.map(Num::get), input.year.get(), &th);
    check(&a, &input);
    let period = input.period.map(|(s, e)| (s.get(), e.get()));
    if let Some(a) = assess_indicator_with(&ind, period, input.pick_year.map(Year::get), &th) {
        check(&a, &input);
    }
});
