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
    let doc = Doc::new(text);
    let mut diags = Vec::new();
    let title_found = title::find(&doc);
    let (title, title_span) = match title_found {
        Some((t, span)) => (t, Some(span)),
        None => {
            diags.push(diag("title", "未找到规划标题", (0, 0)));
            (String::new(), None)
        }
    };
    let issuer = issuer::find(&doc);
    let (region, level) = region::find(&doc, &title, issuer.as_deref());
    if region.is_empty() {
        let span = title_span.unwrap_or((0, 0));
        diags.push(diag("region", "未能从标题或发文机关识别地区", span));
    }
    let issuer = issuer.map(|i| issuer::expand(&i, &doc, &region));
    let doc_number = docnum::find(&doc);
    let issued = match date::issued(&doc) {
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
struct Doc {
    orig: Vec<char>,
    fold: Vec<char>,
    /// Char ranges `[start, end)` of the non-empty lines, trimmed.
    lines: Vec<(usize, usize)>,
}

impl Doc {
    fn new(text: &str) -> Doc {
        let orig: Vec<char> = text.chars().collect();
        let fold: Vec<char> = orig.iter().map(|&c| hant::to_simplified(c)).collect();
        let mut lines = Vec::new();
        let mut start = 0;
        for (i, &c) in orig.iter().enumerate() {
            if c == '\n' || c == '\r' {
                push_trimmed(&orig, start, i, &mut lines);
                start = i + 1;
            }
        }
        push_trimmed(&orig, start, orig.len(), &mut lines);
        Doc { orig, fold, lines }
    }

    /// Folded text of a char range.
    fn f(&self, (s, e): (usize, usize)) -> String {
        self.fold.get(s..e).unwrap_or(&[]).iter().collect()
    }

    /// Original text of a char range.
    fn o(&self, (s, e): (usize, usize)) -> String {
        self.orig.get(s..e).unwrap_or(&[]).iter().collect()
    }

    /// Folded line `i` with all whitespace removed (labels like 发 布 机 构).
    fn compact(&self, i: usize) -> String {
        self.lines
            .get(i)
            .map(|&r| self.f(r).chars().filter(|c| !is_space(*c)).collect())
            .unwrap_or_default()
    }

    /// The whole folded text.
    fn folded(&self) -> String {
        self.fold.iter().collect()
    }
}

fn push_trimmed(chars: &[char], mut s: usize, mut e: usize, out: &mut Vec<(usize, usize)>) {
    while s < e && chars.get(s).is_some_and(|c| is_space(*c)) {
        s += 1;
    }
    while e > s && chars.get(e - 1).is_some_and(|c| is_space(*c)) {
        e -= 1;
    }
    if e > s {
        out.push((s, e));
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}' || c == '\u{a0}'
}

/// Char index of `needle` in `hay` (both as chars), from char `from`.
fn find_chars(hay: &[char], needle: &str, from: usize) -> Option<usize> {
    let n: Vec<char> = needle.chars().collect();
    if n.is_empty() || hay.len() < n.len() {
        return None;
    }
    (from..=hay.len() - n.len()).find(|&i| hay.get(i..i + n.len()) == Some(&n[..]))
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

/// The value of a 信息公开 header field (`label:` anywhere on a line, spaces inside the
/// label allowed): the rest of the line up to a wide gap, or else the next line unless
/// that line is another label. Returns the value's char range.
fn header_value(doc: &Doc, labels: &[&str]) -> Option<(usize, usize)> {
    for (i, &(s, e)) in doc.lines.iter().enumerate().take(120) {
        let Some(after) = labels.iter().find_map(|l| label_end(doc, s, e, l)) else {
            continue;
        };
        let mut v = after;
        while v < e && doc.fold.get(v).is_some_and(|c| is_space(*c)) {
            v += 1;
        }
        if v < e {
            let end = (v..e).find(|&k| is_gap(doc, k)).unwrap_or(e);
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
        matches!(doc.fold.get(k), Some(':' | '：')).then_some(k + 1)
    })
}

/// Two spaces, a tab or an ideographic space: the gap between header cells on one line.
fn is_gap(doc: &Doc, k: usize) -> bool {
    match (doc.orig.get(k), doc.orig.get(k + 1)) {
        (Some('\t' | '\u{3000}'), _) => true,
        (Some(a), Some(b)) => is_space(*a) && is_space(*b),
        _ => false,
    }
}

fn trimmed(doc: &Doc, s: usize, e: usize) -> Option<(usize, usize)> {
    let mut v = Vec::new();
    push_trimmed(&doc.orig, s, e, &mut v);
    v.first().copied()
}

/// Whether a compacted line is a header label (名称:, 成文日期: …) with no value.
fn is_label(line: &str) -> bool {
    (line.ends_with(':') || line.ends_with('：')) && line.chars().count() <= 8
}

mod title {
    //! The plan's own title.
    use super::*;

    /// Suffixes that end a plan title.
    const KINDS: &[&str] = &[
        "规划", "方案", "计划", "纲要", "意见", "办法", "要点", "行动", "细则", "规定",
    ];

    pub(super) fn find(doc: &Doc) -> Option<(String, (usize, usize))> {
        let wrapper = notice_wrapper(doc);
        let quoted = quoted_in_notice(doc);
        let heads = headings(doc);
        let named: Vec<String> = wrapper
            .iter()
            .map(|(t, _)| loose(t))
            .chain(quoted.iter().map(|(t, _)| loose(t)))
            .collect();
        if let Some(&h) = heads.iter().find(|&&h| named.contains(&loose(&doc.f(h)))) {
            return Some((clean(&doc.o(h)), h));
        }
        if let Some((t, span)) = wrapper {
            return Some((t, span));
        }
        if let [(t, span)] = quoted.as_slice() {
            return Some((t.clone(), *span));
        }
        heads.first().map(|&h| (clean(&doc.o(h)), h))
    }

    /// Whether `t` ends like a plan title, allowing a trailing (2021—2025年).
    pub(super) fn ends_like_plan(t: &str) -> bool {
        let t: String = t.chars().map(hant::to_simplified).collect();
        let t = t.trim_end();
        let core = match t.strip_suffix(['）', ')']) {
            Some(inner) => inner
                .rfind(['（', '('])
                .and_then(|i| inner.get(..i))
                .unwrap_or(inner),
            None => t,
        };
        KINDS.iter().any(|k| core.trim_end().ends_with(k))
    }

    /// Strips 《》 and the spaces a scraper left between CJK characters.
    fn clean(s: &str) -> String {
        let chars: Vec<char> = s.chars().filter(|&c| c != '《' && c != '》').collect();
        let mut out = String::new();
        for (i, &c) in chars.iter().enumerate() {
            if is_space(c) {
                let prev = i.checked_sub(1).and_then(|k| chars.get(k));
                let next = chars.get(i + 1);
                let ascii = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if !(ascii(prev) && ascii(next)) {
                    continue;
                }
            }
            out.push(c);
        }
        out.trim().to_string()
    }

    /// X in 关于印发X的通知 (joined over line breaks), unless it names several plans.
    fn notice_wrapper(doc: &Doc) -> Option<(String, (usize, usize))> {
        for (i, &(s, e)) in doc.lines.iter().enumerate().take(80) {
            let Some(at) = find_chars(doc.fold.get(s..e)?, "关于", 0) else {
                continue;
            };
            let last = doc
                .lines
                .get((i + 3).min(doc.lines.len().saturating_sub(1)))?;
            // Non-space characters from 关于 on, with their positions.
            let seq: Vec<(char, usize)> = (s + at..last.1)
                .filter_map(|k| doc.fold.get(k).map(|&c| (c, k)))
                .filter(|(c, _)| !is_space(*c))
                .collect();
            let head: String = seq.iter().take(4).map(|(c, _)| *c).collect();
            if head != "关于印发" {
                continue;
            }
            let body = seq.get(4..).unwrap_or(&[]);
            let Some(k) = body
                .windows(2)
                .position(|w| matches!(w, [('通', _), ('知', _)]))
            else {
                continue;
            };
            let kept = body.get(..k).unwrap_or(&[]);
            let raw: String = kept.iter().filter_map(|&(_, p)| doc.orig.get(p)).collect();
            let t = clean(raw.strip_suffix('的').unwrap_or(&raw));
            let span = (
                kept.first().map_or(0, |x| x.1),
                kept.last().map_or(0, |x| x.1 + 1),
            );
            if !names_several(&t) && ends_like_plan(&t) {
                return Some((t, span));
            }
        }
        None
    }

    /// 规划等9个专项规划: a notice covering several plans.
    fn names_several(t: &str) -> bool {
        let c: Vec<char> = t.chars().collect();
        c.windows(2).any(|w| {
            w.first() == Some(&'等')
                && w.get(1)
                    .is_some_and(|d| d.is_ascii_digit() || "一二三四五六七八九十两".contains(*d))
        })
    }

    /// 《X》 in a sentence of the notice that issues it (印发/同意), before the body.
    fn quoted_in_notice(doc: &Doc) -> Vec<(String, (usize, usize))> {
        let mut out = Vec::new();
        for &(s, e) in doc.lines.iter().take(80) {
            let line = doc.f((s, e));
            let issuing = ["印发给", "现将", "同意"].iter().any(|w| line.contains(w));
            if !issuing || line.chars().count() > 600 {
                continue;
            }
            let mut k = s;
            while let Some(a) = find_chars(doc.fold.get(..e).unwrap_or(&[]), "《", k) {
                let Some(b) = find_chars(doc.fold.get(..e).unwrap_or(&[]), "》", a + 1) else {
                    break;
                };
                let t = clean(&doc.o((a + 1, b)));
                if ends_like_plan(&t) {
                    out.push((t, (a + 1, b)));
                }
                k = b + 1;
            }
        }
        out
    }

    /// Standalone heading lines that end like a plan title.
    /// A title split over two lines (甘肃省建设…强省 / 试点省实施方案) counts as one
    /// heading when the first part starts with a place and the second does not.
    fn headings(doc: &Doc) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (i, &r) in doc.lines.iter().enumerate().take(200) {
            let line = doc.f(r);
            if is_heading(&line) {
                out.push(r);
                continue;
            }
            let Some(&next) = doc.lines.get(i + 1) else {
                continue;
            };
            let second = doc.f(next);
            let joinable = is_heading(&second)
                && region::starts_with_place(&line)
                && !region::starts_with_place(&second)
                && is_heading(&format!("{line}{second}"));
            if joinable {
                out.push((r.0, next.1));
            }
        }
        out
    }

    fn is_heading(line: &str) -> bool {
        let n = line.chars().count();
        let bad = "，,。：:；;《》、>|";
        (6..=60).contains(&n)
            && ends_like_plan(line)
            && !line.chars().any(|c| bad.contains(c))
            && !line.starts_with("关于")
            && !line.contains("通知")
            && !starts_enumerated(line)
    }

    /// 一、 (一) 1. 第一章: a section heading, not a title.
    fn starts_enumerated(line: &str) -> bool {
        let mut cs = line.chars();
        let first = cs.next().unwrap_or(' ');
        let second = cs.next().unwrap_or(' ');
        first == '('
            || first == '（'
            || first == '第'
            || (first.is_ascii_digit() && !second.is_ascii_digit())
            || ("一二三四五六七八九十".contains(first) && "、.．".contains(second))
    }
}

mod region {
    //! Region and level from administrative suffixes.
    use super::*;

    /// Province-level cities (直辖市): their rank is not visible in the name.
    const DIRECT: &[&str] = &["北京", "天津", "上海", "重庆"];

    /// Administrative suffixes, longest first, with the longest name part before them.
    const SUFFIXES: &[(&str, Unit, usize)] = &[
        ("特别行政区", Unit::Province, 4),
        ("自治区", Unit::Province, 6),
        ("自治州", Unit::Prefecture, 9),
        ("自治县", Unit::County, 9),
        ("自治旗", Unit::County, 9),
        ("地区", Unit::Prefecture, 5),
        ("省", Unit::Province, 4),
        ("市", Unit::City, 5),
        ("盟", Unit::Prefecture, 4),
        ("县", Unit::County, 5),
        ("旗", Unit::County, 6),
        ("区", Unit::District, 5),
    ];

    /// Words that never occur inside a place name: they end the search.
    #[rustfmt::skip]
    const NOT_PLACE: &[&str] = &[
        "知识", "产权", "规划", "建设", "发展", "关于", "印发", "人民", "政府", "专利", "全市",
        "全省", "全区", "全县", "全国", "十四五", "十三五", "国家", "强", "示范", "办公", "实施", "方案", "试点", "工作",
        "城市",
    ];

    #[derive(Clone, Copy, PartialEq, Debug)]
    enum Unit {
        Province,
        Prefecture,
        City,
        County,
        District,
    }

    /// One component of a place chain (天津市 | 静海区).
    struct Part {
        name: String,
        unit: Unit,
    }

    pub(super) fn find(doc: &Doc, title: &str, issuer: Option<&str>) -> (String, Level) {
        let folded_title: String = title.chars().map(hant::to_simplified).collect();
        let from_title = chain(&folded_title, title);
        let from_issuer = issuer
            .map(|i| (i.chars().map(hant::to_simplified).collect::<String>(), i))
            .map(|(f, o)| chain(&f, o))
            .unwrap_or_default();
        let parts = pick(from_title, from_issuer);
        if parts.is_empty() {
            return national_or_unknown(&folded_title, issuer);
        }
        let region: String = parts.iter().map(|p| p.name.as_str()).collect();
        (region, level_of(&parts, &doc.folded()))
    }

    /// The title's place unless the issuer names the same place more fully.
    fn pick(title: Vec<Part>, issuer: Vec<Part>) -> Vec<Part> {
        let name = |v: &[Part]| v.iter().map(|p| p.name.clone()).collect::<String>();
        if title.is_empty() {
            return issuer;
        }
        let (t, i) = (name(&title), name(&issuer));
        if i.len() > t.len() && i.ends_with(&t) {
            issuer
        } else {
            title
        }
    }

    fn national_or_unknown(title: &str, issuer: Option<&str>) -> (String, Level) {
        let head: String = title
            .chars()
            .filter(|c| !is_punct(*c))
            .skip_while(|c| "十一二三四五".contains(*c))
            .take(4)
            .collect();
        let national = head.starts_with("国家")
            || head.starts_with("全国")
            || head.starts_with("中国")
            || issuer.is_some_and(|i| i.starts_with("国务院") || i.starts_with("国家"));
        if national {
            ("全国".to_string(), Level::National)
        } else {
            (String::new(), Level::City)
        }
    }

    /// Whether a (folded) line starts with a place name.
    pub(super) fn starts_with_place(line: &str) -> bool {
        !chain(line, line).is_empty()
    }

    /// The chain of place components at the start of `folded` (names cut from `orig`).
    fn chain(folded: &str, orig: &str) -> Vec<Part> {
        let f: Vec<char> = folded.chars().collect();
        let o: Vec<char> = orig.chars().collect();
        let mut at = f
            .iter()
            .take_while(|c| is_punct(**c) || is_space(**c))
            .count();
        let mut parts = Vec::new();
        while let Some((end, unit)) = component(&f, at) {
            let name: String = o.get(at..end).unwrap_or(&[]).iter().collect();
            parts.push(Part { name, unit });
            at = end;
        }
        parts
    }

    /// The first place component starting at `at`: (end index, unit).
    fn component(f: &[char], at: usize) -> Option<(usize, Unit)> {
        for len in 1..=9 {
            let name: String = f.get(at..at + len)?.iter().collect();
            if NOT_PLACE.iter().any(|w| name.contains(w)) || name.chars().any(is_punct) {
                return None;
            }
            for &(suf, unit, max) in SUFFIXES {
                let s: Vec<char> = suf.chars().collect();
                let end = at + len + s.len();
                if len <= max && f.get(at + len..end) == Some(&s[..]) {
                    return Some((end, unit));
                }
            }
        }
        None
    }

    fn level_of(parts: &[Part], text: &str) -> Level {
        let last = match parts.last() {
            Some(p) => p,
            None => return Level::City,
        };
        let direct = |p: &Part| DIRECT.iter().any(|d| p.name.starts_with(d));
        match last.unit {
            Unit::Province => Level::Province,
            Unit::Prefecture => Level::City,
            Unit::County => Level::County,
            Unit::District => Level::District,
            Unit::City if parts.len() == 1 && direct(last) => Level::Province,
            // 市 under another 市 or a prefecture is a county-level city.
            Unit::City if under_city(parts) => Level::County,
            Unit::City => city_or_county(text),
        }
    }

    fn under_city(parts: &[Part]) -> bool {
        parts.len() >= 2
            && parts
                .get(parts.len() - 2)
                .is_some_and(|p| matches!(p.unit, Unit::City | Unit::Prefecture))
    }

    /// A bare X市 is a prefecture-level city unless the text reads like a county-level
    /// one: 县域/示范县/县市 vocabulary and notices addressed to 乡镇 rather than to 区县.
    fn city_or_county(text: &str) -> Level {
        let count = |w: &str| text.matches(w).count() as i64;
        let county = count("县域") + count("示范县") + count("县级市") + count("县市")
            - count("县市区")
            + 2 * (count("各乡镇") + count("各乡(镇)") + count("乡(镇)人民政府"));
        let city = count("区县")
            + count("县(市、区)")
            + count("县(市,区)")
            + count("县市区")
            + count("各县")
            + count("县区")
            + count("地级市");
        if county > city {
            Level::County
        } else {
            Level::City
        }
    }
}

mod issuer {
    //! The issuing body: header field, signature block or notice prefix.
    use super::*;

    /// Endings of an issuing body's name.
    pub(super) const ORGANS: &[&str] = &[
        "人民政府办公室",
        "人民政府办公厅",
        "人民政府",
        "政府办公室",
        "政府办公厅",
        "委员会",
        "管委会",
        "管理委员会",
        "行政公署",
        "国务院",
        "办公室",
        "办公厅",
        "局",
        "厅",
        "委",
    ];

    pub(super) fn find(doc: &Doc) -> Option<String> {
        if let Some(r) = header_value(doc, &["发布机构", "发文机关", "发文单位", "发布单位"])
        {
            let v = doc.o(r);
            if is_organ(&v.chars().map(hant::to_simplified).collect::<String>()) {
                return Some(v);
            }
        }
        if let Some((r, _)) = signature(doc) {
            return Some(doc.o(r));
        }
        notice_prefix(doc).or_else(|| {
            let r = header_value(doc, &["来源", "信息来源"])?;
            is_organ(&doc.f(r)).then(|| doc.o(r))
        })
    }

    /// Whether a (folded) line is just the name of a body.
    pub(super) fn is_organ(line: &str) -> bool {
        let n = line.chars().count();
        (3..=40).contains(&n)
            && ORGANS.iter().any(|o| line.ends_with(o))
            && !line.chars().any(|c| is_punct(c) && c != '(' && c != ')')
            && !line.contains("关于")
    }

    /// The signature block: an organ line followed (within three lines) by a date line,
    /// else an organ and a date on one line after the notice's opening. Returns the
    /// organ's and the date's ranges.
    pub(super) fn signature(doc: &Doc) -> Option<((usize, usize), (usize, usize))> {
        for (i, &r) in doc.lines.iter().enumerate().take(200) {
            if !is_organ(&doc.f(r)) {
                continue;
            }
            for j in i + 1..(i + 4).min(doc.lines.len()) {
                if date::line_date(&doc.compact(j)).is_some() {
                    return Some((r, *doc.lines.get(j)?));
                }
            }
        }
        let opening = doc.lines.iter().position(|&r| {
            let l = doc.f(r);
            ["印发给", "现将", "的通知"].iter().any(|w| l.contains(w))
        })?;
        doc.lines
            .iter()
            .skip(opening + 1)
            .take(200)
            .find_map(|&r| same_line(doc, r))
    }

    /// 某某人民政府办公室  2021年12月10日 on one line.
    fn same_line(doc: &Doc, (s, e): (usize, usize)) -> Option<((usize, usize), (usize, usize))> {
        let cut = (s..e)
            .rev()
            .find(|&k| doc.orig.get(k).is_some_and(|c| is_space(*c)))?;
        let organ = trimmed(doc, s, cut)?;
        let when = trimmed(doc, cut, e)?;
        let date: String = doc.f(when).chars().filter(|c| !is_space(*c)).collect();
        (is_organ(&doc.f(organ)) && date::line_date(&date).is_some()).then_some((organ, when))
    }

    /// X in X关于印发…的通知, when X is a body.
    fn notice_prefix(doc: &Doc) -> Option<String> {
        doc.lines.iter().take(80).find_map(|&(s, e)| {
            let at = find_chars(doc.fold.get(s..e)?, "关于", 0)?;
            let who = doc.f((s, s + at));
            (is_organ(&who)).then(|| doc.o((s, s + at)))
        })
    }

    /// A shortened name (市人民政府办公室) made whole: the signature's full name when it
    /// ends the same way, else the region prefixed when the region ends in that unit.
    pub(super) fn expand(issuer: &str, doc: &Doc, region: &str) -> String {
        let unit = issuer.chars().next().unwrap_or(' ');
        if !"市县区省州旗".contains(unit) {
            return issuer.to_string();
        }
        let rest_is_organ = ORGANS.iter().any(|o| issuer.ends_with(o))
            && issuer
                .chars()
                .nth(1)
                .is_some_and(|c| c == '人' || c == '政');
        if !rest_is_organ {
            return issuer.to_string();
        }
        let full = doc.lines.iter().take(200).map(|&r| doc.o(r)).find(|l| {
            l.ends_with(issuer) && l.chars().count() > issuer.chars().count() && is_organ(l)
        });
        match full {
            Some(f) => f,
            None if region.ends_with(unit) => {
                format!("{region}{}", issuer.get(unit.len_utf8()..).unwrap_or(""))
            }
            None => issuer.to_string(),
        }
    }
}

mod docnum {
    //! The document number (文号), e.g. 某政办字〔2021〕104号.
    use super::*;

    pub(super) fn find(doc: &Doc) -> Option<String> {
        if let Some(r) = header_value(doc, &["发文字号", "文号", "发文号"]) {
            if is_doc_number(&doc.f(r)) {
                return Some(doc.o(r));
            }
        }
        // Otherwise a line that is only a document number, before the body.
        doc.lines
            .iter()
            .take(80)
            .find(|&&r| is_doc_number(&doc.f(r)))
            .map(|&r| doc.o(r))
    }

    /// 1–14 characters, a bracketed year, digits, 号.
    pub(super) fn is_doc_number(s: &str) -> bool {
        let c: Vec<char> = s.chars().collect();
        let Some(open) = c.iter().position(|&x| "〔[(（［【".contains(x)) else {
            return false;
        };
        let prefix_ok = (1..=14).contains(&open)
            && c.get(..open)
                .is_some_and(|p| p.iter().all(|x| !is_space(*x) && !x.is_ascii_digit()));
        let year_ok = c
            .get(open + 1..open + 5)
            .is_some_and(|y| y.iter().all(|d| d.is_ascii_digit()));
        let close_ok = c.get(open + 5).is_some_and(|&x| "〕])）］】".contains(x));
        let tail = c.get(open + 6..).unwrap_or(&[]);
        let num_ok = tail.last() == Some(&'号')
            && tail.len() >= 2
            && tail
                .get(..tail.len() - 1)
                .is_some_and(|d| d.iter().all(|x| x.is_ascii_digit()));
        prefix_ok && year_ok && close_ok && num_ok
    }
}

pub(crate) mod date {
    //! Issue dates: 成文日期 header or the signature's date; lost characters handled.
    use super::*;

    /// What was found for the issue date.
    pub(crate) enum Found {
        /// A whole date, `YYYY-MM-DD`.
        Date(String),
        /// A signature date with characters lost (raw text, span).
        Lost(String, (usize, usize)),
        /// Nothing.
        None,
    }

    /// A date line read: whole, or recognisably a date with parts missing.
    #[derive(Debug, PartialEq)]
    pub(crate) enum LineDate {
        Whole(i32, u32, u32),
        Lost,
    }

    pub(super) fn issued(doc: &Doc) -> Found {
        if let Some(r) = header_value(doc, &["成文日期", "成文时间", "印发日期"]) {
            if let Some(LineDate::Whole(y, m, d)) = line_date(&compact(&doc.f(r))) {
                return Found::Date(format!("{y:04}-{m:02}-{d:02}"));
            }
        }
        let Some((_, r)) = issuer::signature(doc) else {
            return Found::None;
        };
        match line_date(&compact(&doc.f(r))) {
            Some(LineDate::Whole(y, m, d)) => Found::Date(format!("{y:04}-{m:02}-{d:02}")),
            Some(LineDate::Lost) => Found::Lost(doc.o(r), r),
            None => Found::None,
        }
    }

    fn compact(s: &str) -> String {
        s.chars().filter(|c| !is_space(*c)).collect()
    }

    /// Reads a line that is only a date: 2021年12月10日, 二〇二一年十一月二十三日,
    /// 2021-12-10, 20211123日; digits with 年/月 lost (20223) read as [`LineDate::Lost`].
    pub(crate) fn line_date(s: &str) -> Option<LineDate> {
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
            .or_else(|| ("○ＯO零".contains(c)).then_some(0))
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
}

mod period {
    //! The span of years a plan covers.
    use super::*;

    pub(super) fn find(doc: &Doc, title: &str, issued: Option<i32>) -> Option<(i32, i32)> {
        let t: String = title.chars().map(hant::to_simplified).collect();
        if let Some(p) = five_year(&t).or_else(|| range_in(&t)) {
            return Some(p);
        }
        let text = doc.folded();
        if let Some(p) = stated_period(&text) {
            return Some(p);
        }
        let n = years_in_title(&t);
        match (target_year(&text, issued), n, issued) {
            (Some(end), Some(n), _) => Some((end - n + 1, end)),
            (None, Some(n), Some(s)) => Some((s, s + n - 1)),
            (end, None, _) => mentioned_five_year(&text, issued)
                .or_else(|| issued.zip(end).filter(|(s, e)| s <= e)),
            _ => None,
        }
    }

    /// The five-year plan the text names most (十四五 …), if it covers the issue year.
    fn mentioned_five_year(text: &str, issued: Option<i32>) -> Option<(i32, i32)> {
        let mut best: Option<(usize, (i32, i32))> = None;
        for n in ["十一五", "十二五", "十三五", "十四五", "十五五", "十六五"] {
            let count = text.matches(n).count();
            let Some(p) = five_year(n) else { continue };
            let covers = issued.is_none_or(|y| p.0 <= y && y <= p.1);
            if count > 0 && covers && best.is_none_or(|(c, _)| count > c) {
                best = Some((count, p));
            }
        }
        best.map(|(_, p)| p)
    }

    /// 十四五 → 2021–2025 (the Nth five-year plan from the sixth on starts 1981+5(N−6)).
    fn five_year(t: &str) -> Option<(i32, i32)> {
        let c: Vec<char> = t.chars().collect();
        for w in c.windows(3) {
            if let [a, b, '五'] = w {
                if *a == '十' {
                    let n = 10 + "一二三四五六七八九".chars().position(|x| x == *b)? as i32 + 1;
                    let start = 1981 + 5 * (n - 6);
                    return Some((start, start + 4));
                }
            }
        }
        if let Some(i) = t.find("第十") {
            let rest = t.get(i + "第十".len()..)?;
            let b = rest.chars().next()?;
            let n = 10 + "一二三四五六七八九".chars().position(|x| x == b)? as i32 + 1;
            if rest.contains("五年") {
                let start = 1981 + 5 * (n - 6);
                return Some((start, start + 4));
            }
        }
        None
    }

    /// 2021—2025年 / (2021-2025年) anywhere in `s`: the first such range.
    pub(super) fn range_in(s: &str) -> Option<(i32, i32)> {
        let c: Vec<char> = s.chars().collect();
        (0..c.len()).find_map(|i| range_at(&c, i))
    }

    fn range_at(c: &[char], i: usize) -> Option<(i32, i32)> {
        let a = year_at(c, i)?;
        if i > 0 && c.get(i - 1).is_some_and(|x| x.is_ascii_digit()) {
            return None;
        }
        let mut k = i + 4;
        if c.get(k) == Some(&'年') {
            k += 1;
        }
        if !c.get(k).is_some_and(|x| "-—–~～至到－".contains(*x)) {
            return None;
        }
        k += 1;
        while c.get(k).is_some_and(|x| "-—–".contains(*x)) {
            k += 1;
        }
        let b = year_at(c, k)?;
        (b > a && b - a <= 15 && c.get(k + 4).is_none_or(|x| !x.is_ascii_digit())).then_some((a, b))
    }

    fn year_at(c: &[char], i: usize) -> Option<i32> {
        let d = c.get(i..i + 4)?;
        if !d.iter().all(|x| x.is_ascii_digit()) {
            return None;
        }
        let y: i32 = d.iter().collect::<String>().parse().ok()?;
        (1949..=2100).contains(&y).then_some(y)
    }

    /// 规划期为2021—2025年 / 实施期限 …: a range right after a period word.
    fn stated_period(text: &str) -> Option<(i32, i32)> {
        for w in [
            "规划期",
            "实施期",
            "期限为",
            "规划期限",
            "时间跨度",
            "实施周期",
        ] {
            for (i, _) in text.match_indices(w) {
                let after: String = text
                    .get(i..)?
                    .chars()
                    .take(w.chars().count() + 24)
                    .collect();
                if let Some(p) = range_in(&after) {
                    return Some(p);
                }
            }
        }
        None
    }

    /// The plan's end year: the latest 到YYYY年 / YYYY年底 target year near the issue year.
    fn target_year(text: &str, issued: Option<i32>) -> Option<i32> {
        let c: Vec<char> = text.chars().collect();
        let mut years: Vec<i32> = Vec::new();
        for i in 0..c.len() {
            let lead = i > 0 && c.get(i - 1).is_some_and(|x| "到至".contains(*x));
            if let (true, Some(y)) = (lead, year_at(&c, i)) {
                if c.get(i + 4) == Some(&'年') {
                    years.push(y);
                }
            }
        }
        match issued {
            Some(s) => years.into_iter().filter(|&y| y >= s && y <= s + 10).max(),
            None => most_frequent(&years),
        }
    }

    fn most_frequent(years: &[i32]) -> Option<i32> {
        let mut best: Option<(usize, i32)> = None;
        for &y in years {
            let n = years.iter().filter(|&&x| x == y).count();
            if best.is_none_or(|(bn, by)| n > bn || (n == bn && y > by)) {
                best = Some((n, y));
            }
        }
        best.map(|(_, y)| y)
    }

    /// 三年行动方案 → 3.
    fn years_in_title(t: &str) -> Option<i32> {
        let i = t.find("年行动").or_else(|| t.find("年计划"))?;
        let head = t.get(..i)?;
        let c = head.chars().last()?;
        "一二三四五六七八九十"
            .chars()
            .position(|x| x == c)
            .map(|p| p as i32 + 1)
            .or_else(|| c.to_digit(10).map(|d| d as i32))
    }
}

#[cfg(test)]
mod tests {
    use super::date::{line_date, LineDate};
    use super::docnum::is_doc_number;

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
