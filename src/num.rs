//! Numbers to text (数字转文本) without the core float printer.
//!
//! Why: `format!("{x}")` and `format!("{x:.2}")` pull Rust's exact float formatting
//! (Grisu + Dragon4, about 20 KB) into the wasm bundle. Plan data needs far less: values
//! with a handful of decimals. These functions use integer arithmetic and the float
//! *parser* (already needed to read JSON) to find the shortest text that reads back.

/// `x` limited to `[lo, hi]` (NaN → `lo`).
///
/// Why not `f64::clamp`: when not inlined (opt-level "z") its `min <= max` assertion keeps
/// the float Debug printer in the wasm bundle.
pub fn clamp(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// `x` with at most `places` decimals (at most 17), trailing zeros and `-0` removed;
/// `None` when `x` is not finite.
pub fn fixed_opt(x: f64, places: usize) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let mut places = places.min(17);
    // Keep the scaled value an exact integer in f64 and u64.
    while places > 0 && x.abs() * pow10(places) >= 9e15 {
        places -= 1;
    }
    let scaled = (x.abs() * pow10(places)).round();
    if scaled >= 9e15 {
        return Some(large(x));
    }
    let n = scaled as u64;
    let p = 10u64.pow(places as u32);
    let (int, mut frac) = (n / p, n % p);
    let mut s = String::with_capacity(24);
    if x < 0.0 && n != 0 {
        s.push('-');
    }
    push_u64(&mut s, int);
    if frac != 0 {
        let mut digits = places;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        s.push('.');
        let mut f = String::new();
        push_u64(&mut f, frac);
        for _ in f.len()..digits {
            s.push('0');
        }
        s.push_str(&f);
    }
    Some(s)
}

/// [`fixed_opt`], with `—` for a value that is not finite.
pub fn fixed(x: f64, places: usize) -> String {
    fixed_opt(x, places).unwrap_or_else(|| "—".into())
}

/// The shortest decimal text that reads back as `x` (`4.37`, `6`, `0.0597`); `None` when
/// `x` is not finite. Huge or tiny magnitudes use an exponent (`1.5e20`).
pub fn shortest(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    let a = x.abs();
    if a != 0.0 && !(1e-7..9e15).contains(&a) {
        return Some(scientific(x));
    }
    let mut last = String::new();
    for places in 0..=17 {
        let s = fixed_opt(x, places)?;
        if s.parse::<f64>() == Ok(x) {
            return Some(s);
        }
        last = s;
    }
    Some(last)
}

/// `x` as `m.mmme±N`, with the mantissa in [`shortest`] form.
fn scientific(x: f64) -> String {
    // Subnormals: 10^-323 underflows, so scale into the normal range first.
    let (x, shift) = if x.abs() < 1e-290 {
        (x * 1e300, 300)
    } else {
        (x, 0)
    };
    let mut e = x.abs().log10().floor() as i32;
    let mut m = x / 10f64.powi(e);
    // log10 can be off by one at exact powers of ten.
    if m.abs() >= 10.0 {
        m /= 10.0;
        e += 1;
    } else if m.abs() < 1.0 {
        m *= 10.0;
        e -= 1;
    }
    e -= shift;
    let mut s = fixed(m, 15);
    s.push('e');
    if e < 0 {
        s.push('-');
    }
    push_u64(&mut s, e.unsigned_abs() as u64);
    s
}

/// An integer-valued `x` beyond 9e15, written in full digits when it fits a u128.
fn large(x: f64) -> String {
    if x.abs() < 1e38 {
        let mut s = String::new();
        if x < 0.0 {
            s.push('-');
        }
        s.push_str(&(x.abs().round() as u128).to_string());
        s
    } else {
        scientific(x)
    }
}

fn pow10(p: usize) -> f64 {
    10f64.powi(p as i32)
}

/// Appends the decimal digits of `n` (integer formatting is small; floats are not).
fn push_u64(s: &mut String, n: u64) {
    s.push_str(&n.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_and_trims() {
        assert_eq!(fixed(0.509_202, 3), "0.509");
        assert_eq!(fixed(6.0, 2), "6");
        assert_eq!(fixed(-0.0001, 2), "0");
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(f64::NAN, 2), "—");
        assert_eq!(fixed(1e20, 2), "100000000000000000000");
    }

    #[test]
    fn shortest_reads_back() {
        for x in [
            0.0,
            4.37,
            6.0,
            0.0597,
            0.1,
            0.3,
            1.0 / 3.0,
            12654.0,
            -7.25,
            1e-7,
            123456.789,
            8_999_999_999_999_999.0,
            1.5e20,
            -2.5e-9,
            1e300,
            f64::MAX,
            f64::MIN_POSITIVE,
        ] {
            let s = shortest(x).unwrap();
            let back: f64 = s.parse().unwrap();
            let rel = if x == 0.0 {
                back.abs()
            } else {
                ((back - x) / x).abs()
            };
            assert!(rel < 1e-14, "{x} → {s} → {back}");
        }
        assert_eq!(shortest(4.37).unwrap(), "4.37");
        assert_eq!(shortest(6.0).unwrap(), "6");
        assert_eq!(shortest(1.5e20).unwrap(), "1.5e20");
        assert_eq!(shortest(f64::INFINITY), None);
    }
}
