//! The document number (文号), e.g. 某政办字〔2021〕104号.
use super::*;

pub(super) fn find(doc: &Doc) -> Option<String> {
    range(doc).map(|r| doc.o(r))
}

/// Where the document number is: the 发文字号 header, else a line that is only a
/// document number, else a space-delimited token (flattened pages) near the top. A number
/// cited in a sentence (…规划》(国发〔2021〕20号)) is never a whole token.
pub(super) fn range(doc: &Doc) -> Option<(usize, usize)> {
    *doc.docnum.get_or_init(|| find_range(doc))
}

fn find_range(doc: &Doc) -> Option<(usize, usize)> {
    if let Some(r) = header_value(doc, &["发文字号", "文号", "发文号", "文件编号"]) {
        if is_doc_number(&doc.f(r)) {
            return Some(r);
        }
    }
    let head = || doc.lines.iter().take(80);
    head()
        .filter(|&&(s, e)| e - s <= 40)
        // 文件编号：常政办发〔2026〕58号 on a line of its own: the number after the label.
        .map(|&r| after_label(doc, r))
        .find(|&r| is_doc_number(&doc.f(r)))
        .or_else(|| {
            head()
                // Only a line with a 号 can hold a token ending in one.
                .filter(|&&(s, e)| doc.fold.get(s..e).is_some_and(|l| l.contains(&'号')))
                .flat_map(|&r| tokens(doc, r))
                // Cheap test first: a document number ends in 号 and is short.
                .filter(|&(s, e)| e > s && e - s <= 40 && doc.fold.get(e - 1) == Some(&'号'))
                .map(|t| after_label(doc, t))
                .find(|&t| is_doc_number(&doc.f(t)))
        })
}

/// 1–14 characters, a bracketed year, digits, 号.
pub(super) fn is_doc_number(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    let Some(open) = c.iter().position(|&x| "〔[(（［【".contains(x)) else {
        return false;
    };
    let prefix_ok = (1..=14).contains(&open)
        && c.get(..open).is_some_and(|p| {
            p.iter()
                .all(|x| !is_space(*x) && !x.is_ascii_digit() && !is_rule(*x))
        });
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

/// A rule of a text-drawn table (│文　号　│长府办发〔2024〕11号): no part of a number.
fn is_rule(c: char) -> bool {
    c == '|' || ('\u{2500}'..='\u{257F}').contains(&c)
}

/// A token without a leading label (文号：某政发〔2022〕1号 on a flattened page) or table
/// rule.
fn after_label(doc: &Doc, (s, e): (usize, usize)) -> (usize, usize) {
    let text: Vec<char> = doc.f((s, e)).chars().collect();
    match text
        .iter()
        .rposition(|&c| c == ':' || c == '：' || is_rule(c))
    {
        Some(k) if k + 1 < text.len() => (s + k + 1, e),
        _ => (s, e),
    }
}
