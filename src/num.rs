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

/// The shortest decimal text that reads back as exactly `x` (`4.37`, `6`, `0.0597`,
/// `0.30000000000000004`); `None` when `x` is not finite. Magnitudes below 1e-7 or from
/// 9e15 up use an exponent (`1.5e20`, `5e-324`). `-0` is written `0` (no plan value is a
/// signed zero, and a widget must not show "-0").
///
/// How: the first 18 significant digits of `x` are computed exactly ([`Digits`], in the
/// float parser's arbitrary-precision decimal); of their roundings to 15, 16 and 17
/// digits (ties to even, as JavaScript's `String(x)`), the first that the float parser
/// reads back as `x` is the answer (17 always does).
pub fn shortest(x: f64) -> Option<String> {
    if !x.is_finite() {
        return None;
    }
    if x == 0.0 {
        return Some("0".into());
    }
    Some(shortest_text(x, (1e-7..9e15).contains(&x.abs())))
}

/// [`shortest`] for a finite, nonzero `x`, in plain form or with an exponent.
fn shortest_text(x: f64, plain: bool) -> String {
    let a = x.abs();
    let d = Digits::of(a);
    // Every decimal of at most 15 digits survives a trip through a normal double (DBL_DIG),
    // so fewer digits cannot read back when 15 do not; subnormals have less precision.
    let first = if a < f64::MIN_POSITIVE { 1 } else { 15 };
    let mut last = String::new();
    for p in first..=17 {
        let (near, far) = d.rounded(p);
        // The farther neighbour only matters at a power of two, whose rounding interval is
        // narrower below than above.
        for n in [near, far] {
            let s = write(x < 0.0, n, d.exp + 1 - p as i32, plain);
            if crate::float::parse(&s) == Some(x) {
                return s;
            }
            last = s;
        }
    }
    last
}

/// Digits of a positive finite `x`: `x = 0.d₀d₁…d₁₇… × 10^(exp+1)`, `d₀ ≠ 0`.
struct Digits {
    /// The first 18 significant digits.
    d: [u8; 18],
    /// The decimal exponent of `d₀`.
    exp: i32,
    /// Whether a nonzero digit follows `d₁₇`.
    sticky: bool,
}

impl Digits {
    /// Exact digits of `a` (finite, > 0).
    fn of(a: f64) -> Digits {
        let mut d = [0u8; 18];
        let (exp, sticky) = crate::float::exact_digits(a, &mut d);
        Digits { d, exp, sticky }
    }

    /// The `p`-digit integers (`p` ≤ 17) nearest to `d₀…d_{p-1}.d_p…`: the nearest (ties to
    /// even) and the other neighbour.
    fn rounded(&self, p: usize) -> (u64, u64) {
        let down = self
            .d
            .iter()
            .take(p)
            .fold(0u64, |n, &d| n * 10 + u64::from(d));
        let next = self.d.get(p).copied().unwrap_or(0);
        let rest = self.sticky || self.d.iter().skip(p + 1).any(|&d| d != 0);
        let up = next > 5 || (next == 5 && (rest || down % 2 == 1));
        if up {
            (down + 1, down)
        } else {
            (down, down + 1)
        }
    }
}

/// `n·10^exp` as text: plain (`0.0597`, `1200`) or with an exponent (`1.5e20`).
fn write(neg: bool, mut n: u64, mut exp: i32, plain: bool) -> String {
    while n.is_multiple_of(10) && n != 0 {
        n /= 10;
        exp += 1;
    }
    let mut digits = String::new();
    push_u64(&mut digits, n);
    let len = digits.len() as i32;
    let mut s = String::with_capacity(digits.len() + 12);
    if neg {
        s.push('-');
    }
    if !plain {
        let (first, rest) = split(&digits, 1);
        s.push_str(first);
        if !rest.is_empty() {
            s.push('.');
            s.push_str(rest);
        }
        s.push('e');
        let e = exp + len - 1;
        if e < 0 {
            s.push('-');
        }
        push_u64(&mut s, u64::from(e.unsigned_abs()));
    } else if exp >= 0 {
        s.push_str(&digits);
        zeros(&mut s, exp);
    } else if len + exp > 0 {
        let (int, frac) = split(&digits, (len + exp).unsigned_abs() as usize);
        s.push_str(int);
        s.push('.');
        s.push_str(frac);
    } else {
        s.push_str("0.");
        zeros(&mut s, len + exp);
        s.push_str(&digits);
    }
    s
}

/// Appends `|n|` zeros.
fn zeros(s: &mut String, n: i32) {
    for _ in 0..n.unsigned_abs() {
        s.push('0');
    }
}

/// `s` split after `i` bytes (ASCII digits), never panicking.
fn split(s: &str, i: usize) -> (&str, &str) {
    (s.get(..i).unwrap_or(s), s.get(i..).unwrap_or(""))
}

/// A finite `x` of at least 9e15 (an integer: doubles have no fraction from 2^53 up, nor
/// halves from 2^52): its shortest digits, then zeros, below 1e38 (`1152921504606847000`
/// for 2^60, which reads back exactly); with an exponent above.
fn large(x: f64) -> String {
    let x = x.round();
    shortest_text(x, x.abs() < 1e38)
}

/// `b^y` for `b ≥ 0`, as `exp(y·ln b)`, within a few ulps of `f64::powf` (far below the
/// four decimals that any result keeps).
///
/// Why not `f64::powf`: libm's `pow` is 2 KB of wasm, four times `ln` and `exp` together.
pub(crate) fn pow(b: f64, y: f64) -> f64 {
    exp(y * ln(b))
}

/// `ln 2`, split so that `k·LN2_HI` is exact for any exponent `k` (fdlibm).
const LN2_HI: f64 = 6.931_471_803_691_238e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;

/// The natural logarithm (fdlibm's `e_log.c`: `x = 2^k·(1+f)`, `√½ ≤ 1+f < √2`, and
/// `ln(1+f)` from `s = f/(2+f)` by a minimax polynomial). `ln 0 = −∞`, `ln ∞ = ∞`,
/// negative or NaN → NaN.
fn ln(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return x;
    }
    let (mut x, mut k) = (x, 0);
    if x < f64::MIN_POSITIVE {
        // Subnormal: scale by 2^54 into the normal range.
        x *= 18_014_398_509_481_984.0;
        k = -54;
    }
    let bits = x.to_bits();
    k += ((bits >> 52) & 0x7ff) as i32 - 1023;
    let mut m = f64::from_bits(bits & ((1 << 52) - 1) | 1023 << 52);
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        k += 1;
    }
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let z = s * s;
    let r = z
        * (6.666_666_666_666_735e-1
            + z * (3.999_999_999_940_942e-1
                + z * (2.857_142_874_366_239e-1
                    + z * (2.222_219_843_214_978_4e-1
                        + z * (1.818_357_216_161_805e-1
                            + z * (1.531_383_769_920_937_3e-1
                                + z * 1.479_819_860_511_658_6e-1))))));
    let hfsq = 0.5 * f * f;
    let k = f64::from(k);
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

/// `e^x` (fdlibm's `e_exp.c`: `x = k·ln 2 + r`, `|r| ≤ ½ln 2`, `e^r` by a minimax
/// polynomial, then scaled by `2^k`).
fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.782_712_893_384 {
        return f64::INFINITY;
    }
    if x < -745.133_219_101_941_1 {
        return 0.0;
    }
    let k = (x * std::f64::consts::LOG2_E).round();
    let hi = x - k * LN2_HI;
    let lo = k * LN2_LO;
    let r = hi - lo;
    let t = r * r;
    let c = r - t
        * (1.666_666_666_666_660_2e-1
            + t * (-2.777_777_777_701_559_3e-3
                + t * (6.613_756_321_437_934e-5
                    + t * (-1.653_390_220_546_525_2e-6 + t * 4.138_136_797_057_238_5e-8))));
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    scale2(y, k as i32)
}

/// `y·2^k`, in steps that keep every intermediate normal until the last.
fn scale2(mut y: f64, mut k: i32) -> f64 {
    while k > 1000 {
        y *= f64::from_bits(2023 << 52);
        k -= 1000;
    }
    while k < -1000 {
        y *= f64::from_bits(23 << 52);
        k += 1000;
    }
    y * f64::from_bits(((k + 1023) as u64) << 52)
}

fn pow10(p: usize) -> f64 {
    10f64.powi(p as i32)
}

/// Appends the decimal digits of `n`, without `core::fmt` (whose integer printer and
/// padding code would otherwise stay in the wasm bundle for this alone).
pub(crate) fn push_u64(s: &mut String, n: u64) {
    if n >= 10 {
        push_u64(s, n / 10);
    }
    s.push(char::from(b'0' + (n % 10) as u8));
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

    /// The significant digits of a decimal text (`-0.0597` → `597`, `1.5e20` → `15`).
    fn sig_digits(s: &str) -> String {
        let mantissa = s.split('e').next().unwrap_or("");
        let d: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        d.trim_start_matches('0').trim_end_matches('0').to_string()
    }

    /// The digits `shortest` should choose: those of Rust's own shortest round-trip
    /// printer (the oracle this module keeps out of the wasm bundle: fewest digits, then
    /// the nearest to `x`), except at an exact tie, where Rust rounds up and JavaScript
    /// takes the even neighbour.
    fn expected_digits(x: f64) -> String {
        let text = format!("{x:e}");
        let rust = sig_digits(&text);
        // A double has at most 767 significant digits: this is its exact expansion.
        let exact = sig_digits(&format!("{x:.800e}"));
        let tie = exact.len() == rust.len() + 1 && exact.ends_with('5');
        let floor = exact.get(..rust.len()).unwrap_or("");
        let odd = floor.bytes().last().is_some_and(|d| (d - b'0') % 2 == 1);
        // The even neighbour below, if it reads back (below a power of two it may not).
        let exp = text.split('e').nth(1).unwrap_or("0");
        let (head, tail) = floor.split_at(1.min(floor.len()));
        let reads_back = format!("{}{head}.{tail}0e{exp}", if x < 0.0 { "-" } else { "" })
            .parse::<f64>()
            == Ok(x);
        if tie && !odd && reads_back {
            floor.trim_end_matches('0').to_string()
        } else {
            rust
        }
    }

    /// `shortest(x)` reads back as exactly `x` and has the expected digits.
    fn check(x: f64) -> Result<(), String> {
        let s = shortest(x).ok_or("None")?;
        let back: f64 = s.parse().map_err(|e| format!("{s:?}: {e}"))?;
        if back.to_bits() != x.to_bits() && !(x == 0.0 && back == 0.0) {
            return Err(format!("{x:e} → {s} → {back:e}"));
        }
        let want = expected_digits(x);
        if sig_digits(&s) != want {
            return Err(format!("{x:e} → {s}: digits {want} expected"));
        }
        Ok(())
    }

    #[test]
    fn shortest_reads_back_exactly() {
        let edges = [
            0.0,
            -0.0,
            4.37,
            6.0,
            0.0597,
            0.1,
            0.1 + 0.2,
            1.0 / 3.0,
            2.0 / 3.0,
            12654.0,
            -7.25,
            1e-7,
            f64::from_bits(1e-7_f64.to_bits() - 1),
            1_623_058_094_920_531.0 + 0.25,
            123_456.789,
            123_456_789_012_345.67,
            8_999_999_999_999_999.0,
            9e15,
            9_007_199_254_740_992.0,
            9_007_199_254_740_993.0,
            1.234_567_890_123_456_8e-5,
            9e-9,
            1e21,
            1e22,
            1e23,
            1.5e20,
            -2.5e-9,
            1e300,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::MIN_POSITIVE * (1.0 - f64::EPSILON),
            5e-324,
            -5e-324,
            1e-323,
            f64::EPSILON,
            u64::MAX as f64,
        ];
        for x in edges {
            check(x).unwrap();
        }
    }

    #[test]
    fn shortest_reads_back_every_power_of_two() {
        // At a power of two the rounding interval is narrower below than above.
        let mut x = 5e-324_f64;
        while x.is_finite() {
            check(x).unwrap();
            check(x * (1.0 + f64::EPSILON)).unwrap();
            check(x * (1.0 - f64::EPSILON / 2.0)).unwrap();
            x *= 2.0;
        }
    }

    #[test]
    fn shortest_text_forms() {
        assert_eq!(shortest(4.37).unwrap(), "4.37");
        assert_eq!(shortest(6.0).unwrap(), "6");
        assert_eq!(shortest(1200.0).unwrap(), "1200");
        assert_eq!(shortest(-0.0597).unwrap(), "-0.0597");
        assert_eq!(shortest(-0.0).unwrap(), "0");
        assert_eq!(shortest(0.1 + 0.2).unwrap(), "0.30000000000000004");
        assert_eq!(shortest(1e-7).unwrap(), "0.0000001");
        let below = f64::from_bits(1e-7_f64.to_bits() - 1);
        assert_eq!(shortest(below).unwrap(), "9.999999999999998e-8");
        assert_eq!(
            shortest(8_999_999_999_999_999.0).unwrap(),
            "8999999999999999"
        );
        assert_eq!(shortest(9e15).unwrap(), "9e15");
        // An exact tie at 17 digits (…531.25) goes to even, as in JavaScript and Python.
        assert_eq!(
            shortest(1_623_058_094_920_531.0 + 0.25).unwrap(),
            "1623058094920531.2"
        );
        assert_eq!(
            shortest(9_007_199_254_740_992.0).unwrap(),
            "9.007199254740992e15"
        );
        assert_eq!(shortest(1.5e20).unwrap(), "1.5e20");
        assert_eq!(shortest(1e21).unwrap(), "1e21");
        assert_eq!(shortest(5e-324).unwrap(), "5e-324");
        assert_eq!(shortest(f64::MAX).unwrap(), "1.7976931348623157e308");
        assert_eq!(
            shortest(-f64::MIN_POSITIVE).unwrap(),
            "-2.2250738585072014e-308"
        );
        assert_eq!(shortest(f64::INFINITY), None);
        assert_eq!(shortest(f64::NAN), None);
        assert_eq!(fixed(1e40, 2), "1e40");
        assert_eq!(fixed(-(2f64.powi(60)), 1), "-1152921504606847000");
        assert_eq!(fixed(9e15, 3), "9000000000000000");
        assert_eq!(fixed(-9_007_199_254_740_993.0, 0), "-9007199254740992");
    }

    /// Distance in ulps between two finite doubles of the same sign.
    fn ulps(a: f64, b: f64) -> u64 {
        a.to_bits().abs_diff(b.to_bits())
    }

    #[test]
    fn ln_exp_pow_track_std() {
        let mut worst = (0, 0);
        let mut x = 1e-310_f64;
        while x < 1e300 {
            worst.0 = worst.0.max(ulps(ln(x), x.ln()));
            x *= 1.000_73;
        }
        let mut x = -745.0_f64;
        while x < 709.0 {
            if x.exp() > 1e-300 {
                worst.1 = worst.1.max(ulps(exp(x), x.exp()));
            }
            x += 0.0173;
        }
        // Rounding y·ln b costs about |y·ln b| ulps, amplified by `exp`: small for plan use
        // (a growth factor 1+g to a power of a few decades, or its root).
        let mut b = 0.05_f64;
        while b < 20.0 {
            for n in 1..=40 {
                for y in [f64::from(n), 1.0 / f64::from(n)] {
                    let (ours, std) = (pow(b, y), b.powf(y));
                    let bound = ((y * b.ln()).abs() + 2.0) * f64::EPSILON * std;
                    assert!((ours - std).abs() <= bound, "{b}^{y}: {ours} vs {std}");
                }
            }
            b *= 1.003_7;
        }
        assert!(worst.0 <= 1 && worst.1 <= 1, "{worst:?}");
        assert_eq!(pow(0.0, 0.5), 0.0);
        assert_eq!(pow(f64::INFINITY, 0.5), f64::INFINITY);
        assert_eq!(pow(2.0, 10.0), 1024.0);
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(exp(0.0), 1.0);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]

        #[test]
        fn shortest_reads_back_any_double(bits in proptest::prelude::any::<u64>()) {
            let x = f64::from_bits(bits);
            if x.is_finite() {
                proptest::prop_assert_eq!(check(x), Ok(()));
            }
        }

        #[test]
        fn shortest_reads_back_plan_like(m in 0u64..10_000_000_000, e in -12i32..8) {
            let x: f64 = format!("{m}e{e}").parse().unwrap();
            proptest::prop_assert_eq!(check(x), Ok(()));
        }
    }
}
