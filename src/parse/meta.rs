//! Plan metadata from raw page text: title, region, level, issuer, document number
//! (文号), issue date (成文日期) and period (SPEC §3).
//!
//! The text comes as scraped from government sites: site chrome, a 信息公开 header table
//! (labels with values on the next line), the issuing notice (关于印发…的通知), a signature
//! block, then the plan. Every rule here is general: place names are recognised by their
//! administrative suffixes (省, 自治区, 市, 县, 区 …), never from a list of known places,
//! except the four 直辖市 whose province rank cannot be read from the name.
//!
//! Matching runs on the traditional→simplified fold of the text ([`hant::fold`]); values are
//! cut from the original text at the same character positions, so they stay as written.

use crate::model::{Diagnostic, Level};
use crate::parse::hant;
use crate::parse::scan::{chars_of, string_of};
use std::borrow::Cow;

mod date;
mod docnum;
mod issuer;
mod period;
mod region;
mod title;

/// Header fields of a plan, as extracted from its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The plan's own title, without 《》.
    pub title: String,
    /// The region the plan governs (淄博市, 天津市静海区 …); empty when not found.
    pub region: String,
    /// Administrative level of `region`.
    pub level: Level,
    /// Issuing body (发文机关).
    pub issuer: Option<String>,
    /// Document number (文号) exactly as written.
    pub doc_number: Option<String>,
    /// Issue date (成文日期), `YYYY-MM-DD`.
    pub issued: Option<String>,
    /// First and last year the plan covers.
    pub period: Option<(i32, i32)>,
    /// What could not be read, with spans into the text.
    pub diagnostics: Vec<Diagnostic>,
}

/// Extracts the header fields of a plan text. Total: never panics.
pub fn extract(text: &str) -> Meta {
    extract_chars(text, &chars_of(text))
}

/// [`extract`] for a text whose chars are at hand (the parser has them already).
pub(crate) fn extract_chars(text: &str, chars: &[char]) -> Meta {
    let doc = Doc::new(text, chars);
    let mut diags = Vec::new();
    let title_found = title::find(&doc);
    let (title, title_span) = match title_found {
        Some((t, span)) => (t, Some(span)),
        None => {
            diags.push(diag("title", "未找到规划标题", (0, 0)));
            (String::new(), None)
        }
    };
    let title_at = title_span.map(|s| s.0);
    let issuer = issuer::find(&doc, title_at);
    let (region, level) = region::find(&doc, &title, issuer.as_deref());
    if region.is_empty() {
        let span = title_span.unwrap_or((0, 0));
        diags.push(diag("region", "未能从标题或发文机关识别地区", span));
    }
    let issuer = issuer.map(|i| issuer::expand(&i, &doc, &region));
    let doc_number = docnum::find(&doc);
    let issued = match date::issued(&doc, title_at) {
        date::Found::Date(d) => Some(d),
        date::Found::Lost(raw, span) => {
            let msg = format!("落款日期“{raw}”缺少字符，无法确定成文日期");
            diags.push(diag("issued", &msg, span));
            None
        }
        date::Found::None => None,
    };
    let issued_year = issued
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok());
    let period = period::find(&doc, &title, issued_year);
    Meta {
        title,
        region,
        level,
        issuer,
        doc_number,
        issued,
        period,
        diagnostics: diags,
    }
}

/// A warning about a header field, at a character span.
fn diag(field: &str, message: &str, span: (usize, usize)) -> Diagnostic {
    Diagnostic {
        span: Some(span),
        ..Diagnostic::warning(format!("meta.{field}"), message)
    }
}

/// The text as characters (original and folded) and its non-empty lines.
struct Doc<'a> {
    orig: &'a [char],
    /// `orig` folded (borrowed when nothing folds: most texts).
    fold: Cow<'a, [char]>,
    /// Char ranges `[start, end)` of the non-empty lines, trimmed.
    lines: Vec<(usize, usize)>,
    /// Whether each line has a colon (only such a line can hold a header label), for
    /// the first [`HEADER_LINES`] lines.
    colon: Vec<bool>,
    /// The whole folded text.
    folded: Cow<'a, str>,
    /// Where the [`WORDS`] occur in `folded`, found in one pass when first needed.
    occurrences: std::cell::OnceCell<Vec<Vec<usize>>>,
    /// [`issuer::signature`] for a title position, found once (issuer and date use it).
    signature: std::cell::OnceCell<(Option<usize>, Option<issuer::Signature>)>,
    /// [`docnum::range`], found once (the number and the date after it use it).
    docnum: std::cell::OnceCell<Option<(usize, usize)>>,
}

impl<'a> Doc<'a> {
    /// The document of `text`, whose chars are `orig`.
    fn new(text: &'a str, orig: &'a [char]) -> Doc<'a> {
        // Most texts have no traditional characters: then the folded text is the text.
        let (fold, folded) = if orig.iter().any(|&c| hant::to_simplified(c) != c) {
            let fold: Vec<char> = orig.iter().map(|&c| hant::to_simplified(c)).collect();
            let folded = string_of(&fold);
            (Cow::Owned(fold), Cow::Owned(folded))
        } else {
            (Cow::Borrowed(orig), Cow::Borrowed(text))
        };
        let mut lines = Vec::new();
        let mut start = 0;
        for (i, &c) in orig.iter().enumerate() {
            if c == '\n' || c == '\r' {
                push_trimmed(orig, start, i, &mut lines);
                start = i + 1;
            }
        }
        push_trimmed(orig, start, orig.len(), &mut lines);
        // (Only the lines [`header_value`] reads: not every line of a long text.)
        let colon = lines
            .iter()
            .take(HEADER_LINES)
            .map(|&(s, e)| {
                fold.get(s..e)
                    .is_some_and(|l| l.iter().any(|c| matches!(c, ':' | '：' | '】')))
            })
            .collect();
        Doc {
            orig,
            fold,
            lines,
            colon,
            folded,
            occurrences: std::cell::OnceCell::new(),
            signature: std::cell::OnceCell::new(),
            docnum: std::cell::OnceCell::new(),
        }
    }

    /// Folded text of a char range.
    fn f(&self, (s, e): (usize, usize)) -> String {
        string_of(self.fold.get(s..e).unwrap_or(&[]))
    }

    /// Original text of a char range.
    fn o(&self, (s, e): (usize, usize)) -> String {
        string_of(self.orig.get(s..e).unwrap_or(&[]))
    }

    /// The first 200 lines that end with `short` and are longer, as written (only
    /// those copied out: this looks through the whole header for a fuller name).
    fn longer_lines<'s>(&'s self, short: &'s str) -> impl Iterator<Item = String> + 's {
        let tail = chars_of(short);
        self.lines
            .iter()
            .take(200)
            .filter(move |&&(s, e)| {
                let line = self.orig.get(s..e).unwrap_or(&[]);
                line.len() > tail.len() && line.ends_with(&tail)
            })
            .map(|&r| self.o(r))
    }

    /// Folded line `i` with all whitespace removed (labels like 发 布 机 构).
    fn compact(&self, i: usize) -> String {
        self.lines
            .get(i)
            .map(|&r| self.f(r).chars().filter(|c| !is_space(*c)).collect())
            .unwrap_or_default()
    }

    /// The whole folded text.
    fn folded(&self) -> &str {
        &self.folded
    }

    /// Byte offsets in the folded text where `word` occurs, left to right and not
    /// overlapping (as [`str::match_indices`] finds them). The [`WORDS`] are all found
    /// in one pass over the text.
    fn occurrences(&self, word: &str) -> Vec<usize> {
        let all = self
            .occurrences
            .get_or_init(|| occurrences(&self.folded, &self.fold, WORDS));
        match WORDS.iter().position(|w| *w == word) {
            Some(k) => all.get(k).cloned().unwrap_or_default(),
            None => self.folded.match_indices(word).map(|(i, _)| i).collect(),
        }
    }

    /// How often `word` occurs in the folded text (as [`str::matches`] counts).
    /// Words with parentheses count in both widths: 县(市、区) and 县（市、区）.
    fn count(&self, word: &str) -> usize {
        let n = self.count_one(word);
        if !word.contains(['(', ')', ',']) {
            return n;
        }
        let wide: String = word
            .chars()
            .map(|c| match c {
                '(' => '（',
                ')' => '）',
                ',' => '，',
                _ => c,
            })
            .collect();
        n + self.count_one(&wide)
    }

    /// How often `word` occurs, as written (no copy of a list of [`WORDS`] positions).
    fn count_one(&self, word: &str) -> usize {
        let all = self
            .occurrences
            .get_or_init(|| occurrences(&self.folded, &self.fold, WORDS));
        match WORDS.iter().position(|w| *w == word) {
            Some(k) => all.get(k).map_or(0, Vec::len),
            None => self.folded.matches(word).count(),
        }
    }
}

fn push_trimmed(chars: &[char], mut s: usize, mut e: usize, out: &mut Vec<(usize, usize)>) {
    // Markdown's bold marks and hard line breaks (a trailing `\`) frame lines of text
    // converted from a .docx: `**某某人民政府办公室\`.
    let frame = |c: &char| is_space(*c) || *c == '*' || *c == '\\';
    while s < e && chars.get(s).is_some_and(frame) {
        s += 1;
    }
    while e > s && chars.get(e - 1).is_some_and(frame) {
        e -= 1;
    }
    if e > s {
        out.push((s, e));
    }
}

fn is_space(c: char) -> bool {
    // (U+3000 and U+00A0 are white space; nothing above U+3000 is.)
    c <= '\u{3000}' && c.is_whitespace()
}

/// The words the header rules count or locate in the whole text (see [`Doc::occurrences`]).
#[rustfmt::skip]
const WORDS: &[&str] = &[
    // Target years (period).
    "到", "至",
    // Stated periods.
    "规划期", "实施期", "期限为", "规划期限", "时间跨度", "实施周期", "重点部署",
    // Five-year plans mentioned.
    "十一五", "十二五", "十三五", "十四五", "十五五", "十六五",
    // Scope words (region level).
    "全省", "全市", "全县", "全区",
    // City or county vocabulary (region level).
    "县域", "示范县", "县级市", "县市", "县市区", "各乡镇", "各乡(镇)", "乡(镇)人民政府",
    "区县", "县(市、区)", "县(市,区)", "各县", "县区", "地级市", "强县", "各镇(乡)",
    "镇(乡)人民政府", "各镇人民政府", "区(市)县",
    // The same in full width (see `Doc::count`).
    "县（市、区）", "县（市，区）", "各乡（镇）", "乡（镇）人民政府", "各镇（乡）", "镇（乡）人民政府",
    "区（市）县", "各市(县)", "各市（县）", "县(市)区", "县（市）区", "市(区)", "市（区）",
    // A policy's validity (period).
    "有效期至", "有效期到",
];

/// For each word, where it occurs in `text` (left to right, not overlapping), in one
/// pass over the chars (`chars`, those of `text`): a word is only tried where its first
/// char is.
fn occurrences(text: &str, chars: &[char], words: &[&str]) -> Vec<Vec<usize>> {
    // The words by first char, and one bit per first char (by its code point mod 256):
    // most chars are ruled out by the bit.
    let mut groups: Vec<(char, Vec<usize>)> = Vec::new();
    for (k, c) in words
        .iter()
        .enumerate()
        .filter_map(|(k, w)| Some((k, w.chars().next()?)))
    {
        match groups.iter_mut().find(|(f, _)| *f == c) {
            Some((_, ids)) => ids.push(k),
            None => groups.push((c, vec![k])),
        }
    }
    // (By char, to be looked up: the first chars are common ones.)
    groups.sort_unstable_by_key(|(c, _)| *c);
    let slot = |c: char| (c as usize % 256 / 64, 1u64 << (c as usize % 64));
    let mut mask = [0u64; 4];
    for &(c, _) in &groups {
        let (k, bit) = slot(c);
        if let Some(m) = mask.get_mut(k) {
            *m |= bit;
        }
    }
    let mut out = vec![Vec::new(); words.len()];
    // Where the next occurrence of each word may start (after the last one).
    let mut free = vec![0usize; words.len()];
    // The byte offset of the char after the one at hand.
    let mut next = 0;
    for &c in chars {
        let i = next;
        next += c.len_utf8();
        let (k, bit) = slot(c);
        if mask.get(k).is_none_or(|m| m & bit == 0) {
            continue;
        }
        let Some((_, ids)) = groups
            .binary_search_by_key(&c, |(f, _)| *f)
            .ok()
            .and_then(|g| groups.get(g))
        else {
            continue;
        };
        let rest = text.get(i..).unwrap_or("");
        for &k in ids {
            let (Some(w), Some(f), Some(o)) = (words.get(k), free.get_mut(k), out.get_mut(k))
            else {
                continue;
            };
            if i >= *f && rest.starts_with(w) {
                o.push(i);
                *f = i + w.len();
            }
        }
    }
    out
}

/// Whether `hay` contains `word` (as [`str::contains`] would on its string, without
/// making one).
fn has_word(hay: &[char], word: &str) -> bool {
    let mut cs = word.chars();
    let Some(first) = cs.next() else {
        return true;
    };
    let rest = cs.as_str();
    // (Only where the first char is: this runs over whole texts.)
    hay.iter()
        .enumerate()
        .filter(|&(_, &c)| c == first)
        .any(|(i, _)| {
            let mut it = hay.get(i + 1..).unwrap_or(&[]).iter();
            rest.chars().all(|c| it.next() == Some(&c))
        })
}

/// Char index of `needle` in `hay` (both as chars), from char `from`.
fn find_chars(hay: &[char], needle: &str, from: usize) -> Option<usize> {
    let n: Vec<char> = needle.chars().collect();
    if n.is_empty() || hay.len() < n.len() {
        return None;
    }
    // The first char alone first: most positions fail on it.
    (from..=hay.len() - n.len())
        .find(|&i| hay.get(i) == n.first() && hay.get(i..i + n.len()) == Some(&n[..]))
}

/// Punctuation and spaces removed, for comparing titles written slightly differently.
fn loose(s: &str) -> String {
    s.chars()
        .filter(|&c| !is_space(c) && !is_punct(c))
        .collect()
}

fn is_punct(c: char) -> bool {
    "“”\"'‘’《》〈〉「」『』【】[]（）()〔〕,，、;；:：.。·•-—–_/!！?？".contains(c)
}

/// How many lines from the top may hold a 信息公开 header field.
const HEADER_LINES: usize = 120;

/// The value of a 信息公开 header field (`label:` anywhere on a line, spaces inside the
/// label allowed): the rest of the line up to a wide gap, or else the next line unless
/// that line is another label. Returns the value's char range.
fn header_value(doc: &Doc, labels: &[&str]) -> Option<(usize, usize)> {
    for (i, &(s, e)) in doc.lines.iter().enumerate().take(HEADER_LINES) {
        // A label ends in a colon: a line without one has none.
        if !doc.colon.get(i).copied().unwrap_or(false) {
            continue;
        }
        let Some(after) = labels.iter().find_map(|l| label_end(doc, s, e, l)) else {
            continue;
        };
        let mut v = after;
        while v < e && doc.fold.get(v).is_some_and(|c| is_space(*c)) {
            v += 1;
        }
        if v < e {
            let end = (v..e)
                .find(|&k| is_gap(doc, k) || next_label_at(doc, k, e))
                .unwrap_or(e);
            return trimmed(doc, v, end);
        }
        let next = *doc.lines.get(i + 1)?;
        return (!is_label(&doc.compact(i + 1))).then_some(next);
    }
    None
}

/// Where `label` followed by a colon ends in the line `[s, e)`, spaces ignored.
fn label_end(doc: &Doc, s: usize, e: usize, label: &str) -> Option<usize> {
    let want: Vec<char> = label.chars().collect();
    (s..e).find_map(|start| {
        let mut k = start;
        for &w in &want {
            while k < e && doc.fold.get(k).is_some_and(|c| is_space(*c)) && k > start {
                k += 1;
            }
            if doc.fold.get(k) != Some(&w) || k >= e {
                return None;
            }
            k += 1;
        }
        while k < e && doc.fold.get(k).is_some_and(|c| is_space(*c)) {
            k += 1;
        }
        // 【发文字号】浙政办发〔2021〕73号: a legal database's bracketed label.
        let bracketed =
            start > s && doc.fold.get(start - 1) == Some(&'【') && doc.fold.get(k) == Some(&'】');
        (bracketed || matches!(doc.fold.get(k), Some(':' | '：'))).then_some(k + 1)
    })
}

/// A blank at `k` followed by another label (成文日期：…): on a page flattened onto one
/// line, single blanks separate the header fields.
fn next_label_at(doc: &Doc, k: usize, e: usize) -> bool {
    if !doc.fold.get(k).is_some_and(|c| is_space(*c)) {
        return false;
    }
    let word_end = (k + 1..e)
        .find(|&j| doc.fold.get(j).is_some_and(|c| is_space(*c)))
        .unwrap_or(e);
    (k + 2..word_end.min(k + 10)).any(|j| matches!(doc.fold.get(j), Some(':' | '：')))
}

/// Two spaces, a tab, an ideographic space or a bar (发文字号：…｜信息类别：…): the gap
/// between header cells on one line.
fn is_gap(doc: &Doc, k: usize) -> bool {
    match (doc.orig.get(k), doc.orig.get(k + 1)) {
        (Some('\t' | '\u{3000}' | '|' | '｜' | '│'), _) => true,
        (Some(a), Some(b)) => is_space(*a) && is_space(*b),
        _ => false,
    }
}

/// Whitespace-separated tokens of the range `[s, e)`, as char ranges.
fn tokens(doc: &Doc, (s, e): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for k in s..=e {
        let space = k == e || doc.orig.get(k).is_none_or(|c| is_space(*c));
        match (space, start) {
            (true, Some(a)) => {
                out.push((a, k));
                start = None;
            }
            (false, None) => start = Some(k),
            _ => {}
        }
    }
    out
}

fn trimmed(doc: &Doc, s: usize, e: usize) -> Option<(usize, usize)> {
    let mut v = Vec::new();
    push_trimmed(doc.orig, s, e, &mut v);
    v.first().copied()
}

/// Whether a compacted line is a header label (名称:, 成文日期: …) with no value.
fn is_label(line: &str) -> bool {
    (line.ends_with(':') || line.ends_with('：')) && line.chars().count() <= 8
}

#[cfg(test)]
mod tests {
    use super::date::{line_date, LineDate};
    use super::docnum::is_doc_number;

    /// One pass finds each word where `match_indices` does (overlaps and shared first
    /// chars included).
    #[test]
    fn occurrences_are_those_of_match_indices() {
        let text = "县市区县市县县市区区县全市全市全县各乡(镇)人民政府各乡镇各镇人民政府区(市)县到2025年至到\
                    规划期限为2021—2025年实施期十四五十四五五县(市、区)地级市";
        let found = super::occurrences(text, &super::chars_of(text), super::WORDS);
        for (w, at) in super::WORDS.iter().zip(&found) {
            let want: Vec<usize> = text.match_indices(w).map(|(i, _)| i).collect();
            assert_eq!(at, &want, "{w}");
        }
        let words = ["aa", "aaa", "ab"];
        let found = super::occurrences("aaaaab aab", &super::chars_of("aaaaab aab"), &words);
        for (w, at) in words.iter().zip(&found) {
            let want: Vec<usize> = "aaaaab aab".match_indices(w).map(|(i, _)| i).collect();
            assert_eq!(at, &want, "{w}");
        }
    }

    #[test]
    fn dates_of_all_shapes() {
        assert_eq!(
            line_date("2016年11月10日"),
            Some(LineDate::Whole(2016, 11, 10))
        );
        assert_eq!(line_date("20211123日"), Some(LineDate::Whole(2021, 11, 23)));
        assert_eq!(
            line_date("二〇二一年十一月二十三日"),
            Some(LineDate::Whole(2021, 11, 23))
        );
        assert_eq!(line_date("2021-12-10"), Some(LineDate::Whole(2021, 12, 10)));
        assert_eq!(line_date("20223"), Some(LineDate::Lost));
        assert_eq!(line_date("2021113日"), Some(LineDate::Lost));
        assert_eq!(line_date("202135日"), Some(LineDate::Whole(2021, 3, 5)));
        assert_eq!(line_date("区政府第122次常务会议"), None);
        assert_eq!(line_date("2021年13月1日"), None);
    }

    #[test]
    fn document_numbers() {
        assert!(is_doc_number("某政办字〔2021〕104号"));
        assert!(is_doc_number("某政发[2016]93号"));
        assert!(is_doc_number("某政发（2016）9号"));
        assert!(!is_doc_number("〔2021〕104号"));
        assert!(!is_doc_number("11120223000200715W/2022-00078"));
        assert!(!is_doc_number("某政发〔2021〕号"));
    }
}
