//! The issuing body: header field, signature block or notice prefix.
use super::*;

/// Endings of an issuing body's name.
pub(super) const ORGANS: &[&str] = &[
    "人民政府办公室",
    "人民政府办公厅",
    "人民政府",
    "政府",
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

pub(super) fn find(doc: &Doc, title_at: Option<usize>) -> Option<String> {
    if let Some(r) = header_value(doc, &["发布机构", "发文机关", "发文单位", "发布单位"])
    {
        let v = doc.o(r);
        if is_organ(&v.chars().map(hant::to_simplified).collect::<String>()) {
            return Some(fuller(doc, v));
        }
    }
    if let Some((r, _)) = signature(doc, title_at) {
        return Some(doc.o(r));
    }
    notice_prefix(doc).or_else(|| {
        let r = header_value(doc, &["来源", "信息来源"])?;
        is_organ(&doc.f(r)).then(|| doc.o(r))
    })
}

/// The same body named more fully by the signature or the notice (发布机构：鄞州区人民政府
/// 办公室, signed 宁波市鄞州区人民政府办公室): the place chain the region reads.
fn fuller(doc: &Doc, short: String) -> String {
    let longer = |l: &String| l.ends_with(&short) && l.chars().count() > short.chars().count();
    let signed = doc.longer_lines(&short).find(|l| is_organ(l));
    signed
        .or_else(|| notice_prefix(doc).filter(longer))
        .unwrap_or(short)
}

/// Whether a (folded) line is just the name of a body.
pub(super) fn is_organ(line: &str) -> bool {
    let n = line.chars().count();
    (3..=40).contains(&n)
        && ORGANS.iter().any(|o| line.ends_with(o))
        && !line.chars().any(|c| is_punct(c) && c != '(' && c != ')')
        && !line.contains("关于")
}

/// The signature block: an organ line followed (within three lines) by a date line, or
/// an organ and a date on one line. Searched from the notice's opening (印发给/现将) on,
/// or when there is no notice from the title on, so that a page header (某市人民政府 /
/// 2019年12月3日) is not taken for it. Returns the organ's and the date's ranges.
pub(super) fn signature(doc: &Doc, title_at: Option<usize>) -> Option<Signature> {
    if let Some(&(at, found)) = doc.signature.get() {
        if at == title_at {
            return found;
        }
    }
    let found = find_signature(doc, title_at);
    let _ = doc.signature.set((title_at, found));
    found
}

/// The ranges of a signature block's organ and date.
pub(super) type Signature = ((usize, usize), (usize, usize));

fn find_signature(doc: &Doc, title_at: Option<usize>) -> Option<Signature> {
    let opening = doc.lines.iter().position(|&(s, e)| {
        let l = doc.fold.get(s..e).unwrap_or(&[]);
        // (关于公开征求《…（征求意见稿）》意见的公告: a draft's notice, signed like one.)
        ["印发给", "现将", "同意", "的通知", "意见的公告"]
            .iter()
            .any(|w| has_word(l, w))
    });
    let from = opening
        .or_else(|| title_at.and_then(|t| doc.lines.iter().position(|&(_, e)| e > t)))
        .unwrap_or(0);
    signature_from(doc, from)
}

/// [`is_organ`] on the folded range `r`; lengths and the last char first (this runs on
/// every line).
fn organ_at(doc: &Doc, (s, e): (usize, usize)) -> bool {
    (3..=40).contains(&(e.saturating_sub(s)))
        && doc.fold.get(e - 1).is_some_and(|&c| organ_ends_in(c))
        && is_organ(&doc.f((s, e)))
}

/// Whether some name of [`ORGANS`] ends in `c`.
fn organ_ends_in(c: char) -> bool {
    ORGANS.iter().any(|o| o.ends_with(c))
}

fn signature_from(doc: &Doc, from: usize) -> Option<Signature> {
    for (i, &r) in doc.lines.iter().enumerate().skip(from) {
        if !organ_at(doc, r) {
            if let Some(found) = same_line(doc, r) {
                return Some(found);
            }
            continue;
        }
        for j in i + 1..(i + 4).min(doc.lines.len()) {
            if date::line_date(&doc.compact(j)).is_some() {
                return Some((r, *doc.lines.get(j)?));
            }
        }
    }
    None
}

/// 某某人民政府办公室  2021年12月10日 on one line (also inside a flattened page): an
/// organ token followed by tokens that read as a date.
fn same_line(doc: &Doc, r: (usize, usize)) -> Option<Signature> {
    // An organ and a date are two tokens at least: a (trimmed) line without a blank is one.
    if !doc
        .orig
        .get(r.0..r.1)
        .is_some_and(|l| l.iter().any(|c| is_space(*c)))
    {
        return None;
    }
    let toks = tokens(doc, r);
    for (i, &organ) in toks.iter().enumerate() {
        if !organ_at(doc, organ) {
            continue;
        }
        for k in i + 1..(i + 7).min(toks.len()) {
            let (Some(a), Some(b)) = (toks.get(i + 1), toks.get(k)) else {
                break;
            };
            let when = (a.0, b.1);
            let date: String = doc.f(when).chars().filter(|c| !is_space(*c)).collect();
            if date::line_date(&date).is_some() {
                return Some((organ, when));
            }
        }
    }
    None
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
    let full = doc.longer_lines(issuer).find(|l| is_organ(l));
    match full {
        Some(f) => f,
        None if region.ends_with(unit) => {
            format!("{region}{}", issuer.get(unit.len_utf8()..).unwrap_or(""))
        }
        None => issuer.to_string(),
    }
}
