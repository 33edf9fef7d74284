//! `planmeter::float::parse` against `str::parse::<f64>`, bit for bit, on random input.
//! The timing comparison is `#[ignore]`d: run it with `CARGO_PROFILE_RELEASE_PANIC=unwind
//! cargo test --release --test float -- --ignored --nocapture` (the release profile aborts on
//! panic, which a test harness cannot link with).
#![cfg(not(target_arch = "wasm32"))]

use planmeter::float::parse;
use proptest::prelude::*;

/// Bit-exact agreement with std, or the same rejection.
fn same(s: &str) -> Result<(), TestCaseError> {
    let ours = parse(s).map(f64::to_bits);
    let std = s.parse::<f64>().ok().map(f64::to_bits);
    prop_assert_eq!(ours, std, "{}", s);
    Ok(())
}

/// A decimal string of `n`, with the point `scale` digits from the right.
fn with_point(n: u128, scale: usize) -> String {
    let digits = n.to_string();
    let pad = "0".repeat((scale + 1).saturating_sub(digits.len()));
    let digits = pad + &digits;
    let (int, frac) = digits.split_at(digits.len() - scale);
    format!("{int}.{frac}")
}

/// Digits (no point, possibly empty).
fn digit_string(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(0_u8..10, 0..max)
        .prop_map(|v| v.iter().map(|d| char::from(b'0' + d)).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Every finite f64, printed shortest, scientific, and with many exact digits.
    #[test]
    fn printed_floats(bits in any::<u64>(), prec in 0_usize..40) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        same(&format!("{x:?}"))?;
        same(&format!("{x:e}"))?;
        same(&format!("{x:E}"))?;
        same(&format!("{x:.prec$e}"))?;
        same(&format!("{:.prec$}", x / 1e280))?;
    }

    /// Shortest digits of a float with random digits appended before the exponent.
    #[test]
    fn printed_floats_with_extra_digits(bits in any::<u64>(), extra in digit_string(40)) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        let e = format!("{x:e}");
        let (mantissa, exp) = e.split_once('e').unwrap_or((&e, "0"));
        let point = if mantissa.contains('.') { "" } else { "." };
        same(&format!("{mantissa}{point}{extra}e{exp}"))?;
    }

    /// Random digit strings with random exponents, small and huge.
    #[test]
    fn random_digits(
        int in digit_string(30),
        frac in prop::option::of(digit_string(30)),
        exp in prop_oneof![-400_i64..400, -30_i64..30, any::<i64>()],
        neg in any::<bool>(),
        big_e in any::<bool>(),
    ) {
        let sign = if neg { "-" } else { "" };
        let frac = frac.map(|f| format!(".{f}")).unwrap_or_default();
        let e = if big_e { "E" } else { "e" };
        same(&format!("{sign}{int}{frac}"))?;
        same(&format!("{sign}{int}{frac}{e}{exp}"))?;
        same(&format!("{sign}{int}{frac}{e}+{}", exp.unsigned_abs()))?;
    }

    /// Up to 20-digit mantissas around the edges of the 128-bit path.
    #[test]
    fn mantissas_with_small_exponents(m in any::<u64>(), e in -45_i32..45, d in 0_u32..20) {
        same(&format!("{m}e{e}"))?;
        same(&format!("{}e{e}", m >> (d * 3)))?;
    }

    /// Short numbers as they appear in plan data.
    #[test]
    fn short_numbers(n in 0_u32..10_000_000, scale in 0_usize..8) {
        same(&with_point(u128::from(n), scale))?;
        same(&n.to_string())?;
    }

    /// Exact halfway points between two floats (an odd multiple of half an ulp), times
    /// 2^k or 10^-k, then nudged by a digit far to the right.
    #[test]
    fn halfway_cases(j in 0_u64..(1 << 52), k in 0_u32..70, scale in 0_usize..31, up in any::<bool>()) {
        let odd = u128::from((1_u64 << 53) + 2 * j + 1);
        let big = odd << k.min(128 - 54);
        same(&big.to_string())?;
        // odd · 2^-scale = odd · 5^scale / 10^scale, exact while it fits a u128.
        if let Some(small) = 5_u128.checked_pow(scale as u32).and_then(|p| p.checked_mul(odd)) {
            let s = with_point(small, scale);
            same(&s)?;
            let nudge = if up { "0000000000000000000001" } else { "" };
            same(&format!("{s}{nudge}"))?;
            same(&format!("{s}{nudge}e-300"))?;
            same(&format!("{s}{nudge}e-1060"))?;
        }
    }

    /// Arbitrary text never panics and is accepted exactly when std accepts a number.
    #[test]
    fn arbitrary_text(s in "[-+0-9.eE]{0,12}|\\PC{0,8}") {
        let lower = s.to_ascii_lowercase();
        prop_assume!(!lower.contains("inf") && !lower.contains("nan"));
        same(&s)?;
    }
}

/// Typical short numbers (≤ 6 digits) parse at least about as fast as with std.
#[test]
#[ignore]
fn short_numbers_not_slower_than_std() {
    use std::hint::black_box;
    use std::time::Instant;
    let inputs: Vec<String> = (0..10_000_u32)
        .map(|i| match i % 4 {
            0 => (i * 37 % 1_000_000).to_string(),
            1 => with_point(u128::from(i * 7919 % 1_000_000), 1 + (i as usize % 4)),
            2 => format!("-{}", i % 1000),
            _ => format!("{}.{}", i % 100, i % 10),
        })
        .collect();
    let time = |f: &dyn Fn(&str) -> Option<f64>| {
        let t = Instant::now();
        for _ in 0..200 {
            for s in &inputs {
                black_box(f(black_box(s)));
            }
        }
        t.elapsed()
    };
    let (mut ours, mut std) = (std::time::Duration::MAX, std::time::Duration::MAX);
    for _ in 0..5 {
        ours = ours.min(time(&parse));
        std = std.min(time(&|s| s.parse::<f64>().ok()));
    }
    println!("float::parse {ours:?}, str::parse::<f64> {std:?} (2M short numbers)");
    assert!(ours.as_secs_f64() <= std.as_secs_f64() * 1.25);
}
