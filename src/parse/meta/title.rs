//! The plan's own title.
use super::*;

/// Suffixes that end a plan title (重点任务分工, 年度工作安排 too).
const KINDS: &[&str] = &[
    "规划",
    "方案",
    "计划",
    "纲要",
    "意见",
    "办法",
    "要点",
    "行动",
    "细则",
    "规定",
    "措施",
    "清单",
    "分工",
    "安排",
    // 2025年工作总结及2026年工作打算: the next year's plan after the review.
    "打算",
    // 2026年知识产权工作总结和2027年工作思路: the same.
    "工作思路",
    // 重点任务分解表: the tasks of a plan, as a table.
    "分解表",
    // 企业知识产权合规管理工作指引: guidance with targets of its own.
    "指引",
    // 知识产权发展指数统计监测指标体系: a monitoring system's definition.
    "指标体系",
];

/// A draft's mark, on a line of its own under the title.
const DRAFT_MARKS: &[&str] = &["(征求意见稿)", "(草案)", "(送审稿)", "(讨论稿)", "(试行)"];

/// The same with 报告, for a page whose only title is a report (规划中期评估报告 setting the
/// targets of the plan's second half); a plan a report's notice names comes first.
fn with_reports() -> &'static [&'static str] {
    static KINDS_AND_REPORTS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KINDS_AND_REPORTS.get_or_init(|| KINDS.iter().copied().chain(["报告"]).collect())
}

pub(super) fn find(doc: &Doc) -> Option<(String, (usize, usize))> {
    match find_of(doc, KINDS) {
        Some((t, span)) => Some(report_on(doc, &t).unwrap_or((t, span))),
        None => find_of(doc, with_reports()),
    }
}

/// A heading line near the top that is the plan's title and a report on it (…规划中期
/// 评估报告): the page is that report, not the plan it quotes.
fn report_on(doc: &Doc, plan: &str) -> Option<(String, (usize, usize))> {
    // (…规划（2021-11-26）: a link's date is no part of the name.)
    let plan = match plan.strip_suffix(['）', ')']) {
        Some(inner) => inner.rfind(['（', '(']).map_or(plan, |i| &plan[..i]),
        None => plan,
    };
    let plan = loose(plan);
    // (Only lines about as long as a title are read: a paragraph is a line too.)
    let most = plan.chars().count() + 16;
    doc.lines.iter().take(60).find_map(|&r| {
        if r.1.saturating_sub(r.0) > most {
            return None;
        }
        let line = loose(&doc.f(r));
        let rest = line.strip_prefix(plan.as_str())?;
        let short = (2..=12).contains(&rest.chars().count());
        (short && rest.ends_with("报告")).then(|| (clean(&doc.o(r)), r))
    })
}

/// The title, where a title ends in one of `kinds`.
fn find_of(doc: &Doc, kinds: &[&str]) -> Option<(String, (usize, usize))> {
    let wrapper = notice_wrapper(doc, kinds);
    let quoted = quoted_in_notice(doc, kinds);
    let heads = headings(doc, kinds);
    let named: Vec<String> = wrapper
        .iter()
        .map(|(t, _)| loose(t))
        .chain(quoted.iter().map(|(t, _)| loose(t)))
        .collect();
    if let Some(&h) = heads.iter().find(|&&h| named.contains(&loose(&doc.f(h)))) {
        return Some((clean(&doc.o(h)), h));
    }
    // 名　　称：…2025年工作总结及2026年工作打� (cut short) over a report that quotes
    // another plan: the heading the page's own 名称 field begins or is.
    if let Some(n) = name_field(doc).map(|n| loose(&n)) {
        let names = |h: &&(usize, usize)| {
            let l = loose(&doc.f(**h));
            l.chars().count() >= 10 && (n.starts_with(&l) || l.starts_with(&n))
        };
        if let Some(&h) = heads.iter().find(names) {
            return Some((clean(&doc.o(h)), h));
        }
    }
    if let Some((t, span)) = wrapper {
        return Some((t, span));
    }
    if let [(t, span)] = quoted.as_slice() {
        return Some((t.clone(), *span));
    }
    heads.first().map(|&h| (clean(&doc.o(h)), h))
}

/// The value of the page's 名称 field (名　　称：…), up to the next field on its line.
fn name_field(doc: &Doc) -> Option<String> {
    doc.lines.iter().take(40).find_map(|&r| {
        // (Only a line that starts with 名 is copied out.)
        let first = doc.fold.get(r.0..r.1)?.iter().find(|c| !is_space(**c));
        if first != Some(&'名') {
            return None;
        }
        // (The metadata text keeps full-width colons.)
        let line = doc.f(r).replace('：', ":");
        let t = line.trim_start();
        let head: String = t.chars().take(8).filter(|c| !is_space(*c)).collect();
        if !head.starts_with("名称:") {
            return None;
        }
        let value = t.split_once(':')?.1.trim_start();
        let value = value.split("  ").next()?.trim();
        (value.chars().count() >= 10).then(|| value.to_string())
    })
}

/// Whether `t` ends like a plan title, allowing a trailing (2021—2025年).
pub(super) fn ends_like_plan(t: &str, kinds: &[&str]) -> bool {
    let t: String = t.chars().map(hant::to_simplified).collect();
    let t = t.trim_end();
    let core = match t.strip_suffix(['）', ')']) {
        Some(inner) => inner
            .rfind(['（', '('])
            .and_then(|i| inner.get(..i))
            .unwrap_or(inner),
        None => t,
    };
    kinds.iter().any(|k| core.trim_end().ends_with(k))
}

/// Strips the 《》 around the title (a cited document's inside it keeps them: 贯彻落实
/// 《…纲要》实施方案; 〈〉 nested in 《》 become 《》) and the spaces a scraper left between
/// CJK characters.
fn clean(s: &str) -> String {
    let t = s.trim();
    let t = match t.strip_prefix('《').and_then(|r| r.strip_suffix('》')) {
        Some(inner) => inner,
        None => t,
    };
    let opens = t.matches('《').count() + t.matches('〈').count();
    let closes = t.matches('》').count() + t.matches('〉').count();
    let chars: Vec<char> = t
        .chars()
        // Unbalanced marks are a cut-off wrapper, not a cited title.
        .filter(|&c| opens == closes || !matches!(c, '《' | '》' | '〈' | '〉'))
        .map(|c| match c {
            '〈' => '《',
            '〉' => '》',
            _ => c,
        })
        .collect();
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
fn notice_wrapper(doc: &Doc, kinds: &[&str]) -> Option<(String, (usize, usize))> {
    for (i, &(s, e)) in doc.lines.iter().enumerate().take(80) {
        let Some(at) = find_chars(doc.fold.get(s..e)?, "关于", 0) else {
            continue;
        };
        // · …的通知　2025-03-18: an item of a list of links to other documents.
        if matches!(doc.fold.get(s), Some('·' | '•' | '●' | '▪')) {
            continue;
        }
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
        if !names_several(&t) && ends_like_plan(&t, kinds) {
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
fn quoted_in_notice(doc: &Doc, kinds: &[&str]) -> Vec<(String, (usize, usize))> {
    let mut out = Vec::new();
    for &(s, e) in doc.lines.iter().take(80) {
        // Long lines first, and the words on the folded chars: no copy of every line.
        if e - s > 600 {
            continue;
        }
        let line = doc.fold.get(s..e).unwrap_or(&[]);
        if !["印发给", "现将", "同意"].iter().any(|w| has_word(line, w)) {
            continue;
        }
        let mut k = s;
        while let Some(a) = find_chars(doc.fold.get(..e).unwrap_or(&[]), "《", k) {
            let Some(b) = find_chars(doc.fold.get(..e).unwrap_or(&[]), "》", a + 1) else {
                break;
            };
            let t = clean(&doc.o((a + 1, b)));
            if ends_like_plan(&t, kinds) {
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
fn headings(doc: &Doc, kinds: &[&str]) -> Vec<(usize, usize)> {
    // A heading has at most 60 chars (62 in 《》), alone or joined with the next line: a
    // longer line is neither, and is not copied out.
    let short = |r: &(usize, usize)| r.1 - r.0 <= 62;
    let read = |r: (usize, usize)| {
        let t = doc.f(r);
        let h = is_heading(&t, kinds);
        (r, t, h)
    };
    let mut out = Vec::new();
    // The line read as the next one in the step before.
    let mut ahead: Option<((usize, usize), String, bool)> = None;
    for (i, &r) in doc.lines.iter().enumerate().take(200) {
        if !short(&r) {
            continue;
        }
        let (_, line, heading) = match ahead.take() {
            Some(a) if a.0 == r => a,
            _ => read(r),
        };
        if heading {
            // 某县知识产权“十五五”规划 / （征求意见稿）: the draft's mark on the line
            // under it belongs to the title.
            let draft = doc.lines.get(i + 1).filter(|n| {
                let t: String = (doc.f(**n).chars())
                    .filter(|c| !is_space(*c))
                    .map(|c| match c {
                        '（' => '(',
                        '）' => ')',
                        _ => c,
                    })
                    .collect();
                DRAFT_MARKS.iter().any(|m| t == *m)
            });
            out.push(draft.map_or(r, |n| (r.0, n.1)));
            continue;
        }
        let Some(&next) = doc.lines.get(i + 1).filter(|n| short(n)) else {
            continue;
        };
        let (_, second, second_heading) = read(next);
        let joinable = second_heading
            && region::starts_with_place(&line)
            && !region::starts_with_place(&second)
            && is_heading(&format!("{line}{second}"), kinds);
        if joinable {
            out.push((r.0, next.1));
        }
        ahead = Some((next, second, second_heading));
    }
    out
}

fn is_heading(line: &str, kinds: &[&str]) -> bool {
    // A heading wrapped in 《》 on its own line is still a heading.
    let line = match line.strip_prefix('《').and_then(|l| l.strip_suffix('》')) {
        Some(inner) => inner,
        None => line,
    };
    let n = line.chars().count();
    let bad = |c: char| {
        matches!(
            c,
            '，' | ',' | '。' | '：' | ':' | '；' | ';' | '《' | '》' | '、' | '>' | '|'
        )
    };
    // (The cheap tests first: this runs on every line of the header.)
    (6..=60).contains(&n)
        && !line.chars().any(bad)
        && !line.starts_with("关于")
        && !line.contains("通知")
        && !starts_enumerated(line)
        && ends_like_plan(line, kinds)
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
