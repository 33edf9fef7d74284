//! Numbers for people (数字格式): 万/亿 scaling and fixed precision, so snapshots are stable.

/// `v` in Chinese number format: 12000 → `1.2万`, 350000000 → `3.5亿`, 0.91 → `0.91`.
///
/// At most two decimals (three below 1), trailing zeros dropped; non-finite → `—`.
pub fn zh_number(v: f64) -> String {
    if !v.is_finite() {
        return "—".into();
    }
    let a = v.abs();
    if a >= 1e4 {
        let wan = round_to(a / 1e4, 2);
        // 9999.999万 rounds to 10000万: say 1亿 instead.
        if wan < 1e4 {
            return signed(v, fixed(wan, 2), "万");
        }
        return signed(v, fixed(a / 1e8, 2), "亿");
    }
    let places = if a < 1.0 { 3 } else { 2 };
    signed(v, fixed(a, places), "")
}

/// A value in its unit: `8.5` `万件` → `8.5万件`, `85000` `件` → `8.5万件`, `60` `%` → `60%`.
pub fn with_unit(v: f64, unit: Option<&str>) -> String {
    let unit = unit.unwrap_or("");
    let (scale, rest) = split_scale(unit);
    let mut s = zh_number(v * scale);
    if s != "—" {
        s.push_str(rest);
    }
    s
}

/// The multiplier hidden in a unit's prefix and the rest: `万件` → (1e4, `件`).
pub fn split_scale(unit: &str) -> (f64, &str) {
    // Traditional spellings (億/萬) come from plans written in 繁體.
    if let Some(r) = unit.strip_prefix('亿').or_else(|| unit.strip_prefix('億')) {
        (1e8, r)
    } else if let Some(r) = unit.strip_prefix('万').or_else(|| unit.strip_prefix('萬')) {
        (1e4, r)
    } else {
        (1.0, unit)
    }
}

/// A fraction as a percentage with one decimal: 0.509 → `50.9%`; non-finite → `—`.
pub fn percent(f: f64) -> String {
    if !f.is_finite() {
        return "—".into();
    }
    let mut s = fixed(f * 100.0, 1);
    s.push('%');
    s
}

/// `x` with at most `places` decimals (at most 6), trailing zeros and a bare `-0` removed.
///
/// Integer arithmetic instead of `format!("{:.N}")` (see [`crate::num`]).
pub fn fixed(x: f64, places: usize) -> String {
    crate::num::fixed(x, places.min(6))
}

fn round_to(x: f64, places: i32) -> f64 {
    let p = 10f64.powi(places);
    (x * p).round() / p
}

fn signed(v: f64, digits: String, suffix: &str) -> String {
    let mut s = String::with_capacity(digits.len() + 4);
    if v < 0.0 && digits != "0" {
        s.push('-');
    }
    s.push_str(&digits);
    s.push_str(suffix);
    s
}

/// An integer as decimal text, without the core formatter (`to_string` on integers pulls
/// `core::fmt` into the wasm bundle).
pub fn int(n: i64) -> String {
    let mut s = String::with_capacity(12);
    push_int(&mut s, n);
    s
}

/// Pushes an integer as decimal text (see [`int`]).
pub fn push_int(s: &mut String, n: i64) {
    if n < 0 {
        s.push('-');
    }
    crate::num::push_u64(s, n.unsigned_abs());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_match_the_core_formatter() {
        for n in [0, 7, -7, 10, 2025, -2025, 1_000_001, i64::MAX, i64::MIN] {
            assert_eq!(int(n), n.to_string());
        }
    }
}
