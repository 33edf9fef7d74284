//! Issue dates: 成文日期 header or the signature's date; lost characters handled.
use super::*;

/// What was found for the issue date.
pub(super) enum Found {
    /// A whole date, `YYYY-MM-DD`.
    Date(String),
    /// A signature date with characters lost (raw text, span).
    Lost(String, (usize, usize)),
    /// Nothing.
    None,
}

/// A date line read: whole, or recognisably a date with parts missing.
#[derive(Debug, PartialEq)]
pub(super) enum LineDate {
    Whole(i32, u32, u32),
    Lost,
}

pub(super) fn issued(doc: &Doc, title_at: Option<usize>) -> Found {
    if let Some(r) = header_value(doc, &["成文日期", "成文时间", "印发日期"]) {
        // The whole value, or its first word on a page flattened onto one line.
        let first = tokens(doc, r)
            .first()
            .map(|&t| doc.f(t))
            .unwrap_or_default();
        for v in [compact(&doc.f(r)), first] {
            if let Some(LineDate::Whole(y, m, d)) = line_date(&v) {
                return Found::Date(format!("{y:04}-{m:02}-{d:02}"));
            }
        }
    }
    if let Some(d) = under_title(doc, title_at) {
        return d;
    }
    let Some((_, r)) = issuer::signature(doc, title_at) else {
        return after_doc_number(doc);
    };
    match line_date(&compact(&doc.f(r))) {
        Some(LineDate::Whole(y, m, d)) => Found::Date(format!("{y:04}-{m:02}-{d:02}")),
        Some(LineDate::Lost) => Found::Lost(doc.o(r), r),
        None => Found::None,
    }
}

/// （2022年5月10日） on its own line within the three lines under the title: how a
/// 意见 or 决定 issued without a notice gives its date.
fn under_title(doc: &Doc, title_at: Option<usize>) -> Option<Found> {
    let at = title_at?;
    let i = doc.lines.iter().position(|&(s, e)| s <= at && at < e)?;
    doc.lines.iter().skip(i + 1).take(3).find_map(|&r| {
        let t = compact(&doc.f(r));
        let inner = t.strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
        match line_date(inner)? {
            LineDate::Whole(y, m, d) => Some(Found::Date(format!("{y:04}-{m:02}-{d:02}"))),
            LineDate::Lost => None,
        }
    })
}

/// 苏政发〔2009〕1号 2009年1月5日: a date right after the document number.
fn after_doc_number(doc: &Doc) -> Found {
    let Some(num) = docnum::range(doc) else {
        return Found::None;
    };
    let Some(&line) = doc.lines.iter().find(|&&(s, e)| s <= num.0 && num.1 <= e) else {
        return Found::None;
    };
    let after = tokens(doc, (num.1, line.1));
    let first: String = after.first().map(|&t| doc.f(t)).unwrap_or_default();
    match line_date(&first) {
        Some(LineDate::Whole(y, m, d)) => Found::Date(format!("{y:04}-{m:02}-{d:02}")),
        _ => Found::None,
    }
}

fn compact(s: &str) -> String {
    s.chars().filter(|c| !is_space(*c)).collect()
}

/// Reads a line that is only a date: 2021年12月10日, 二〇二一年十一月二十三日,
/// 2021-12-10, 20211123日; digits with 年/月 lost (20223) read as [`LineDate::Lost`].
pub(super) fn line_date(s: &str) -> Option<LineDate> {
    let s = s.trim_end_matches(['。', '.']);
    if let Some(d) = arabic(s).or_else(|| chinese(s)) {
        return Some(d);
    }
    let digits = s.strip_suffix('日').unwrap_or(s);
    if (5..=8).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit()) {
        return Some(run_of_digits(digits));
    }
    None
}

/// 2021年12月10日 / 2021-12-10 / 2021.12.10 / 2021/12/10.
fn arabic(s: &str) -> Option<LineDate> {
    let nums: Vec<&str> = s
        .split(['年', '月', '日', '-', '.', '/'])
        .filter(|p| !p.is_empty())
        .collect();
    if nums.len() != 3 || !nums.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    if nums.first()?.len() != 4 {
        return None;
    }
    let y = nums.first()?.parse().ok()?;
    let m = nums.get(1)?.parse().ok()?;
    let d = nums.get(2)?.parse().ok()?;
    valid(y, m, d).then_some(LineDate::Whole(y, m, d))
}

/// 二〇二一年十一月二十三日.
fn chinese(s: &str) -> Option<LineDate> {
    let (y, rest) = s.split_once('年')?;
    let (m, rest) = rest.split_once('月')?;
    let d = rest.strip_suffix('日')?;
    let year = y
        .chars()
        .try_fold(0i32, |acc, c| Some(acc * 10 + cn_digit(c)? as i32))?;
    let (m, d) = (cn_number(m)?, cn_number(d)?);
    (y.chars().count() == 4 && valid(year, m, d)).then_some(LineDate::Whole(year, m, d))
}

fn cn_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|x| x == c)
        // (二0二六年: an OCR read the 〇 as a zero.)
        .or_else(|| ("○ＯO零0".contains(c)).then_some(0))
        .map(|p| p as u32)
}

/// 十一 → 11, 二十三 → 23, 三十 → 30, 九 → 9.
fn cn_number(s: &str) -> Option<u32> {
    match s.split_once('十') {
        None => {
            let mut cs = s.chars();
            let v = cn_digit(cs.next()?)?;
            cs.next().is_none().then_some(v)
        }
        Some((tens, ones)) => {
            let t = if tens.is_empty() { 1 } else { cn_number(tens)? };
            let o = if ones.is_empty() { 0 } else { cn_number(ones)? };
            Some(t * 10 + o)
        }
    }
}

/// 20211123 → 2021-11-23; 2021113 is ambiguous unless one reading is invalid;
/// 20223 (day lost) is [`LineDate::Lost`].
fn run_of_digits(d: &str) -> LineDate {
    let y: i32 = d.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    let rest = d.get(4..).unwrap_or("");
    let mut readings = Vec::new();
    for cut in 1..rest.len() {
        let (m, dd) = (rest.get(..cut), rest.get(cut..));
        if let (Some(Ok(m)), Some(Ok(dd))) = (m.map(str::parse), dd.map(str::parse)) {
            if valid(y, m, dd)
                && !rest
                    .get(cut..)
                    .is_some_and(|x| x.starts_with('0') && x.len() == 1)
            {
                readings.push((m, dd));
            }
        }
    }
    match readings.as_slice() {
        [(m, dd)] => LineDate::Whole(y, *m, *dd),
        _ => LineDate::Lost,
    }
}

fn valid(y: i32, m: u32, d: u32) -> bool {
    (1949..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}
