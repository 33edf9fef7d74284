//! Decimal text → `f64`, correctly rounded (浮点数解析), without the 11 KB power-of-five
//! table that `str::parse::<f64>` links into the wasm.
//!
//! Two algorithms, both exact, so the result is bit-for-bit what `str::parse::<f64>`
//! returns:
//! 1. Clinger's fast path: at most 19 significant digits, a mantissa ≤ 2^53 and a decimal
//!    exponent in −22..=22 (or a larger one whose excess still fits the mantissa in 2^53):
//!    one IEEE multiply or divide by an exactly representable power of ten.
//! 2. Otherwise "simple decimal conversion" (Nigel Tao and Ken Thompson; described in
//!    <https://nigeltao.github.io/blog/2020/parse-number-f64-simple.html>): the digits are
//!    shifted by powers of two in an arbitrary-precision decimal until the binary exponent
//!    and 53 bits are known. Slower than Eisel–Lemire (which std tries first), but the
//!    numbers in plan data are short and nearly all take the fast path.
//!
//! The second part is ported from the Rust standard library, `core::num::dec2flt`
//! (`decimal_seq.rs` and `slow.rs`), © The Rust Project Developers, licensed MIT OR
//! Apache-2.0 like this crate. The changes: f64 only, no generic float trait, no SWAR
//! digit loads, bounds-checked slice access instead of indexing (no panic paths), the
//! digits read from the already-validated parts of the number, and `left_shift` without
//! std's 1.4 KB table of powers of five (see there).

/// Digits an `f64` needs to round every decimal correctly (767), plus one.
const MAX_DIGITS: usize = 768;
/// Room for the new digits of one left shift (2^60 < 10^19).
const SPARE: usize = 19;
/// Decimal digits that always fit a `u64`.
const MAX_U64_DIGITS: usize = 19;
/// Below this decimal point position the shifted value is zero.
const DECIMAL_POINT_RANGE: i32 = 2047;
/// The largest mantissa the fast path converts exactly: 2^53.
const MAX_FAST_MANTISSA: u64 = 1 << 53;
/// Powers of ten that are exact in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// Explicit mantissa bits of an `f64`.
const SIG_BITS: u32 = 52;
/// The smallest binary exponent of a normal `f64`.
const EXP_MIN: i32 = -1022;
/// The biased exponent of infinity.
const INFINITE_POWER: i32 = 0x7FF;
/// The bits of positive infinity.
const INF_BITS: u64 = (INFINITE_POWER as u64) << SIG_BITS;

/// Parses a decimal number (`-12`, `+0.5`, `.5`, `5.`, `1e-7`, `6.02E+23`) into the nearest
/// `f64`, exactly as `str::parse::<f64>` does; `None` if `s` is not one.
///
/// Out-of-range values become ±infinity or ±0, as with std. Unlike std, the spellings
/// `inf`, `infinity` and `nan` are rejected: no caller wants a non-finite value.
pub fn parse(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (negative, body) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, b),
    };
    let num = Number::split(body)?;
    let x = num.fast().unwrap_or_else(|| f64::from_bits(num.slow()));
    Some(if negative { -x } else { x })
}

/// The validated parts of an unsigned decimal number.
struct Number<'a> {
    /// Digits before the point (may be empty).
    int: &'a [u8],
    /// Digits after the point (may be empty, not both).
    frac: &'a [u8],
    /// The written exponent, saturated near ±65536 (any larger one is 0 or ∞ anyway).
    exp: i64,
    /// All the digits as one integer, wrapped modulo 2^64 (exact up to 19 digits).
    mantissa: u64,
}

impl<'a> Number<'a> {
    /// Splits `digits* ('.' digits*)? ([eE] [+-]? digits+)?`, at least one mantissa digit.
    fn split(b: &'a [u8]) -> Option<Self> {
        let mut mantissa = 0;
        let (int, rest) = digits(b, &mut mantissa);
        let (frac, rest) = match rest.split_first() {
            Some((b'.', r)) => digits(r, &mut mantissa),
            _ => (&[][..], rest),
        };
        if int.is_empty() && frac.is_empty() {
            return None;
        }
        let (exp, rest) = match rest.split_first() {
            Some((b'e' | b'E', r)) => exponent(r)?,
            _ => (0, rest),
        };
        rest.is_empty().then_some(Number {
            int,
            frac,
            exp,
            mantissa,
        })
    }

    /// All mantissa digits, the point left out.
    fn digits(&self) -> impl Iterator<Item = u8> + 'a {
        self.int.iter().chain(self.frac).map(|c| c - b'0')
    }

    /// Clinger's fast path: exact when mantissa and power of ten are both exact `f64`s,
    /// since IEEE multiplication and division round correctly.
    fn fast(&self) -> Option<f64> {
        let n = self.int.len() + self.frac.len();
        // Leading zeros do not count (and left `mantissa` exact).
        if n > MAX_U64_DIGITS && n - self.leading_zeros() > MAX_U64_DIGITS {
            return None;
        }
        let m = self.mantissa;
        if m == 0 {
            return Some(0.0);
        }
        if m > MAX_FAST_MANTISSA {
            return None;
        }
        let e = self.exp - self.frac.len() as i64;
        if e < 0 {
            return POW10.get(e.unsigned_abs() as usize).map(|p| m as f64 / p);
        }
        if let Some(p) = POW10.get(e as usize) {
            return Some(m as f64 * p);
        }
        // Disguised fast path: move the excess powers of ten into the mantissa.
        let excess = u32::try_from(e - 22).ok()?;
        let m = m.checked_mul(10_u64.checked_pow(excess)?)?;
        (m <= MAX_FAST_MANTISSA).then_some(m as f64 * 1e22)
    }

    /// How many digits precede the first nonzero one.
    fn leading_zeros(&self) -> usize {
        self.digits().take_while(|&d| d == 0).count()
    }

    /// The exact conversion (std's `parse_long_mantissa`), as `f64` bits.
    fn slow(&self) -> u64 {
        let lead = self.leading_zeros();
        let mut d = Decimal::new();
        for digit in self.digits().skip(lead) {
            d.push(digit);
        }
        d.trim();
        let point = self.int.len() as i64 - lead as i64 + self.exp;
        // Short-circuit if the value can only be a literal 0 or infinity.
        if d.num_digits == 0 || point < -324 {
            return 0;
        }
        if point >= 310 {
            return INF_BITS;
        }
        d.decimal_point = point as i32;
        d.into_bits()
    }
}

/// The leading ASCII digits of `b`, and the rest; the digits are accumulated into `m`.
fn digits<'b>(b: &'b [u8], m: &mut u64) -> (&'b [u8], &'b [u8]) {
    let mut n = 0;
    for &c in b {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        *m = m.wrapping_mul(10).wrapping_add(u64::from(d));
        n += 1;
    }
    b.split_at_checked(n).unwrap_or((b, &[]))
}

/// An exponent after the `e`: `[+-]? digits+`, saturated as std does; and the rest.
fn exponent(b: &[u8]) -> Option<(i64, &[u8])> {
    let (negative, b) = match b.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, b),
    };
    let (ds, rest) = digits(b, &mut 0);
    if ds.is_empty() {
        return None;
    }
    let e = ds.iter().fold(0_i64, |e, c| {
        if e < 0x10000 {
            e * 10 + i64::from(c - b'0')
        } else {
            e
        }
    });
    Some((if negative { -e } else { e }, rest))
}

/// An arbitrary-precision decimal `0.d₁d₂… × 10^decimal_point` (std's `DecimalSeq`).
struct Decimal {
    /// The number of significant digits in `digits`.
    num_digits: usize,
    /// The position of the decimal point relative to the first digit.
    decimal_point: i32,
    /// Whether nonzero digits were dropped beyond `MAX_DIGITS`.
    truncated: bool,
    /// The digits, 0..=9 each; the last `SPARE` are scratch for `left_shift`.
    digits: [u8; MAX_DIGITS + SPARE],
}

impl Decimal {
    /// Zero.
    fn new() -> Self {
        Decimal {
            num_digits: 0,
            decimal_point: 0,
            truncated: false,
            digits: [0; MAX_DIGITS + SPARE],
        }
    }

    /// Appends a digit, or records that a nonzero one was dropped.
    fn push(&mut self, digit: u8) {
        if self.put(self.num_digits, digit) {
            self.num_digits += 1;
        }
    }

    /// Stores `digit` at `i` if it fits; records a dropped nonzero one. True if stored.
    fn put(&mut self, i: usize, digit: u8) -> bool {
        match self.digits.get_mut(..MAX_DIGITS).and_then(|d| d.get_mut(i)) {
            Some(slot) => {
                *slot = digit;
                true
            }
            None => {
                self.truncated |= digit > 0;
                false
            }
        }
    }

    /// The digit at `i` (0 past the buffer).
    fn digit(&self, i: usize) -> u8 {
        self.digits.get(i).copied().unwrap_or(0)
    }

    /// Drops trailing zeros.
    fn trim(&mut self) {
        while self.num_digits != 0 && self.digit(self.num_digits - 1) == 0 {
            self.num_digits -= 1;
        }
    }

    /// The integer part, rounded half to even (`u64::MAX` if it has 19 digits or more).
    fn round(&self) -> u64 {
        if self.num_digits == 0 || self.decimal_point < 0 {
            return 0;
        }
        let dp = self.decimal_point as usize;
        if dp >= MAX_U64_DIGITS {
            return u64::MAX;
        }
        let mut n = 0_u64;
        for i in 0..dp {
            n *= 10;
            if i < self.num_digits {
                n += u64::from(self.digit(i));
            }
        }
        if dp < self.num_digits {
            let next = self.digit(dp);
            let mut up = next >= 5;
            if next == 5 && dp + 1 == self.num_digits {
                // Exactly half: up if digits were dropped, else to even.
                up = self.truncated || (dp != 0 && self.digit(dp - 1) & 1 != 0);
            }
            n += u64::from(up);
        }
        n
    }

    /// Multiplies by 2^shift (shift ≤ 60, so the carries fit a `u64`).
    ///
    /// std looks the number of new digits up in a table of the powers of five; here the
    /// product is written right-aligned into the spare room and then moved to the front.
    fn left_shift(&mut self, shift: usize) {
        if self.num_digits == 0 {
            return;
        }
        // d · 2^60 < d · 10^19: at most SPARE new digits.
        let end = self.num_digits + SPARE;
        let mut read = self.num_digits;
        let mut write = end;
        let mut n = 0_u64;
        while read != 0 || n > 0 {
            if read != 0 {
                read -= 1;
                n += u64::from(self.digit(read)) << shift;
            }
            write = write.wrapping_sub(1);
            if let Some(slot) = self.digits.get_mut(write) {
                *slot = (n % 10) as u8;
            }
            n /= 10;
        }
        let Some(product) = self.digits.get(write..end) else {
            return;
        };
        let total = product.len();
        self.truncated |= product.iter().skip(MAX_DIGITS).any(|&d| d > 0);
        // A forward copy (not `copy_within`, whose range check links a panic path).
        for i in 0..total {
            let d = self.digit(write + i);
            if let Some(slot) = self.digits.get_mut(i) {
                *slot = d;
            }
        }
        self.decimal_point += (total - self.num_digits) as i32;
        self.num_digits = total.min(MAX_DIGITS);
        self.trim();
    }

    /// Divides by 2^shift (shift ≤ 60).
    fn right_shift(&mut self, shift: usize) {
        let mut read = 0;
        let mut write = 0;
        let mut n = 0_u64;
        while (n >> shift) == 0 {
            if read < self.num_digits {
                n = 10 * n + u64::from(self.digit(read));
                read += 1;
            } else if n == 0 {
                return;
            } else {
                while (n >> shift) == 0 {
                    n *= 10;
                    read += 1;
                }
                break;
            }
        }
        self.decimal_point -= read as i32 - 1;
        if self.decimal_point < -DECIMAL_POINT_RANGE {
            self.num_digits = 0;
            self.decimal_point = 0;
            self.truncated = false;
            return;
        }
        let mask = (1_u64 << shift) - 1;
        while read < self.num_digits {
            let new_digit = (n >> shift) as u8;
            n = 10 * (n & mask) + u64::from(self.digit(read));
            read += 1;
            self.put(write, new_digit);
            write += 1;
        }
        while n > 0 {
            let new_digit = (n >> shift) as u8;
            n = 10 * (n & mask);
            if self.put(write, new_digit) {
                write += 1;
            }
        }
        self.num_digits = write;
        self.trim();
    }

    /// The nearest `f64` (positive), as bits: shift into [1/2, 1), then take 53 bits.
    fn into_bits(mut self) -> u64 {
        const MAX_SHIFT: usize = 60;
        // Powers of two just below powers of ten: the shift that keeps the point in place.
        const POWERS: [u8; 19] = [
            0, 3, 6, 9, 13, 16, 19, 23, 26, 29, 33, 36, 39, 43, 46, 49, 53, 56, 59,
        ];
        let get_shift = |n: usize| POWERS.get(n).map_or(MAX_SHIFT, |&p| usize::from(p));
        let mut exp2 = 0_i32;
        while self.decimal_point > 0 {
            let shift = get_shift(self.decimal_point as usize);
            self.right_shift(shift);
            if self.decimal_point < -DECIMAL_POINT_RANGE {
                return 0;
            }
            exp2 += shift as i32;
        }
        while self.decimal_point <= 0 {
            let shift = if self.decimal_point == 0 {
                match self.digit(0) {
                    d if d >= 5 => break,
                    0 | 1 => 2,
                    _ => 1,
                }
            } else {
                get_shift(self.decimal_point.unsigned_abs() as usize)
            };
            self.left_shift(shift);
            if self.decimal_point > DECIMAL_POINT_RANGE {
                return INF_BITS;
            }
            exp2 -= shift as i32;
        }
        // Now in [1/2, 1); the binary format wants [1, 2).
        exp2 -= 1;
        while EXP_MIN > exp2 {
            let n = ((EXP_MIN - exp2) as usize).min(MAX_SHIFT);
            self.right_shift(n);
            exp2 += n as i32;
        }
        if exp2 - EXP_MIN + 1 >= INFINITE_POWER {
            return INF_BITS;
        }
        // Shift to the hidden bit, then round to 53 bits.
        self.left_shift(SIG_BITS as usize + 1);
        let mut mantissa = self.round();
        if mantissa >= 1 << (SIG_BITS + 1) {
            // Rounding carried into a new bit: one more binary digit of exponent.
            self.right_shift(1);
            exp2 += 1;
            mantissa = self.round();
            if exp2 - EXP_MIN + 1 >= INFINITE_POWER {
                return INF_BITS;
            }
        }
        let mut power2 = exp2 - EXP_MIN + 1;
        if mantissa < 1 << SIG_BITS {
            // Subnormal.
            power2 -= 1;
        }
        (mantissa & ((1 << SIG_BITS) - 1)) | (power2 as u64) << SIG_BITS
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, Decimal};

    /// Bit-exact agreement with std, or the same rejection.
    fn same(s: &str) {
        let ours = parse(s).map(f64::to_bits);
        let std = s.parse::<f64>().ok().map(f64::to_bits);
        assert_eq!(ours, std, "{s}");
    }

    #[test]
    fn hard_cases_match_std() {
        for s in [
            "0", "-0", "0.0", "-0.0", "+0", "1", "-1", "0.1", "0.2", "0.3",
            "0.30000000000000004", "9007199254740992", "9007199254740993",
            "9007199254740994", "9007199254740995", "2.2250738585072011e-308",
            "2.2250738585072014e-308", "2.2250738585072012e-308", "4.9e-324", "5e-324",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324",
            "1e-324", "1.7976931348623157e308", "1.7976931348623158e308",
            "1.7976931348623159e308", "1e308", "1e309", "-1e309", "123456789012345678901234567890",
            "1e23", "8.98846567431158e307", "1e22", "1e-22", "123e20", "9007199254740992e15",
            "9007199254740993e15", "1e37", "1e38", "0.000001", "1.5", "2.5", "8.2", "12.34",
            "3.14159", "6.02214076e23", "1.602176634e-19", "123456", "999999", "0e999999999",
            "1e99999999999", "1e-99999999999", "-1e-99999999999", "7.2057594037927933e16",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999",
            "2.225073858507201136057409796709131975934819546351645648023426109724822222021076945516529523908135087914149158913039621106870086438694594645527657207407820621743379988141063267329253552286881372149012981122451451889849057222307285255133155755015914397476397983411801999323962548289017107081850690630666655994938275772572015763062828317520123459389822883009519574213584183722640950883426271587810021958434226591127545117596998614614233811087628094883928012021744099223508578082130787880880960327932604806208993848232919106566773632580200339063513262545052558849812342637389574862011958768896628306138396089040000000000000000000000000000000000000000e-308",
            "1.0", "1.", ".5", "-.5", "+.5", "5.e3", ".e3", ".", "", "-", "+", "e5", "1e", "1e+",
            "1e-", "1.2.3", "--1", "+-1", "1_0", " 1", "1 ", "0x10", "1e5.5", "١",
            "00000000000000000000000000000001", "0.00000000000000000000000000000001e32",
            "10000000000000000000000000000000000000000e-40",
            "1e-23", "3e-22", "123456789e-23", "9007199254740993e-22", "9007199254740993e-21",
            "18446744073709551615e-21", "1844674407370955161e-21", "1e38", "3402823669209384634e20",
            "9999999999999999999e19", "9999999999999999999e20", "0.030000000000000002",
        ] {
            same(s);
        }
    }

    #[test]
    fn long_digit_strings_match_std() {
        // Halfway between two floats, then nudged by a digit far beyond 768.
        let half = "9007199254740993";
        for tail in ["", "0", "1", "00000001"] {
            for zeros in [0, 10, 800, 2000] {
                let s = format!("{half}.{}{tail}", "0".repeat(zeros));
                same(&s);
                same(&format!("{s}e-300"));
                same(&format!("0.{}{s}", "0".repeat(zeros)));
            }
        }
        same(&"9".repeat(400));
        same(&format!("0.{}", "9".repeat(1000)));
        same(&format!("{}e-1300", "1".repeat(1000)));
    }

    #[test]
    fn left_shift_past_the_buffer_sets_truncated() {
        // 0.5000…0001 (768 digits) × 2 = 1.000…0002: the 2 falls off the end.
        let mut d = Decimal::new();
        d.push(5);
        (0..766).for_each(|_| d.push(0));
        d.push(1);
        d.left_shift(1);
        assert!(d.truncated);
        assert_eq!((d.num_digits, d.decimal_point, d.digit(0)), (1, 1, 1));
        // Without a digit falling off, the flag stays clear.
        let mut d = Decimal::new();
        [5, 0, 1].into_iter().for_each(|x| d.push(x));
        d.left_shift(1);
        assert!(!d.truncated);
        assert_eq!((d.num_digits, d.decimal_point), (4, 1)); // 1.002
    }

    #[test]
    fn inf_and_nan_spellings_are_rejected() {
        for s in ["inf", "-inf", "infinity", "NaN", "nan"] {
            assert!(s.parse::<f64>().is_ok() && parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn signs_of_zero_and_infinity() {
        assert!(parse("-0").is_some_and(|x| x == 0.0 && x.is_sign_negative()));
        assert!(parse("-1e-400").is_some_and(|x| x == 0.0 && x.is_sign_negative()));
        assert_eq!(parse("-1e400"), Some(f64::NEG_INFINITY));
    }
}
