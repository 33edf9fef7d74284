//! The span of years a plan covers.
use super::*;

pub(super) fn find(doc: &Doc, title: &str, issued: Option<i32>) -> Option<(i32, i32)> {
    // 贯彻落实《知识产权强国建设纲要（2021—2035年）》实施方案: the years of a document the
    // title cites are that document's, not this plan's.
    let mut depth = 0usize;
    let t: String = title
        .chars()
        .map(hant::to_simplified)
        .filter(|&c| {
            match c {
                '《' => depth += 1,
                '》' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    // 2025年…“十四五”规划实施推进计划: one year's plan for carrying out a five-year plan.
    let yearly = ["推进计划", "工作计划", "工作要点", "实施计划", "年度计划"];
    if yearly.iter().any(|w| t.contains(w)) && range_in(&t).is_none() {
        if let (Some(p), Some(y)) = (five_year(&t), one_year(&t)) {
            if p.0 <= y.0 && y.0 <= p.1 {
                return Some(y);
            }
        }
    }
    // 某中心2026年度工作报告 (…三、2027年工作目标和重点任务): a year reviewed, and the
    // next one's targets set at its end.
    if (t.ends_with("工作报告") || t.ends_with("工作总结")) && range_in(&t).is_none() {
        if let Some((y, _)) = one_year(&t) {
            if doc.folded().contains(&format!("{}年工作", y + 1)) {
                return Some((y + 1, y + 1));
            }
        }
    }
    // 规划中期评估报告, 规划实施情况总结和下一步工作计划: a review's own years are
    // those it sets targets for.
    let review =
        (t.contains("评估") || t.contains("总结")) && (t.ends_with("报告") || t.contains("下一步"));
    if let Some(p) = review.then(|| review_targets(doc, five_year(&t))).flatten() {
        return Some(p);
    }
    // “十五五”规划2026年度实施监测报告: the year monitored reports; the plan's years after
    // it are still to come.
    let monitored =
        t.ends_with("报告") && ["监测", "评估", "实施情况"].iter().any(|w| t.contains(w));
    if let (true, Some(p), Some((y, _))) = (monitored, five_year(&t), one_year(&t)) {
        if p.0 <= y && y < p.1 {
            return Some((y + 1, p.1));
        }
    }
    if let Some(p) = five_year(&t)
        .or_else(|| range_in(&t))
        .or_else(|| one_year(&t))
    {
        return Some(p);
    }
    if let Some(p) = stated_period(doc).or_else(|| validity(doc, issued)) {
        return Some(p);
    }
    let n = years_in_title(&t);
    match (target_year(doc, issued), n, issued) {
        (Some(end), Some(n), _) => Some((end - n + 1, end)),
        (None, Some(n), Some(s)) => Some((s, s + n - 1)),
        (end, None, _) => {
            mentioned_five_year(doc, issued).or_else(|| issued.zip(end).filter(|(s, e)| s <= e))
        }
        _ => None,
    }
}

/// 报告提出的2024—2027年推进目标: the first range of years right before 目标 other than the
/// reviewed plan's own.
fn review_targets(doc: &Doc, reviewed: Option<(i32, i32)>) -> Option<(i32, i32)> {
    let text = doc.folded();
    doc.occurrences("目标").into_iter().find_map(|i| {
        let before = text.get(..i)?;
        let from = before.char_indices().rev().nth(11).map_or(0, |(k, _)| k);
        let r = range_in(before.get(from..)?)?;
        (Some(r) != reviewed).then_some(r)
    })
}

/// The five-year plan the text names most (十四五 …), if it covers the issue year.
fn mentioned_five_year(doc: &Doc, issued: Option<i32>) -> Option<(i32, i32)> {
    let mut best: Option<(usize, (i32, i32))> = None;
    for n in ["十一五", "十二五", "十三五", "十四五", "十五五", "十六五"] {
        let count = doc.count(n);
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

/// 2022年知识产权工作要点: a title naming a single year covers that year.
fn one_year(t: &str) -> Option<(i32, i32)> {
    let c: Vec<char> = t.chars().collect();
    let years: Vec<i32> = (0..c.len())
        .filter(|&i| i == 0 || c.get(i - 1).is_some_and(|x| !x.is_ascii_digit()))
        .filter(|&i| c.get(i + 4) == Some(&'年'))
        .filter_map(|i| year_at(&c, i))
        .collect();
    match years.as_slice() {
        [y] => Some((*y, *y)),
        // 2025年…工作总结和2026年工作计划: the year planned, after the one reviewed.
        [a, b] if t.contains("总结") && b == &(a + 1) => Some((*b, *b)),
        _ => None,
    }
}

/// 规划期为2021—2025年 / 实施期限 …: a range right after a period word.
fn stated_period(doc: &Doc) -> Option<(i32, i32)> {
    let text = doc.folded();
    for w in [
        "规划期",
        "实施期",
        "期限为",
        "规划期限",
        "时间跨度",
        "实施周期",
        "重点部署",
    ] {
        for i in doc.occurrences(w) {
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

/// 自2026年5月1日起施行，有效期至2028年12月31日: a policy's validity (from the issue year
/// when no start is written).
fn validity(doc: &Doc, issued: Option<i32>) -> Option<(i32, i32)> {
    let text = doc.folded();
    for w in ["有效期至", "有效期到"] {
        for i in doc.occurrences(w) {
            let after = text.get(i + w.len()..).unwrap_or("").trim_start();
            let Some(end) = after.get(..4).and_then(year_of) else {
                continue;
            };
            // The start: 自YYYY年…起 in the 40 chars before.
            let before: Vec<char> = text.get(..i).unwrap_or("").chars().collect();
            let from = before.len().saturating_sub(40);
            let start = (from..before.len())
                .filter(|&k| before.get(k) == Some(&'自'))
                .find_map(|k| year_at(&before, k + 1))
                .or(issued);
            if let Some(start) = start.filter(|&s| s <= end && end - s <= 15) {
                return Some((start, end));
            }
        }
    }
    None
}

/// The plan's end year: the latest 到YYYY年 / YYYY年底 target year near the issue year.
fn target_year(doc: &Doc, issued: Option<i32>) -> Option<i32> {
    let text = doc.folded();
    let mut years: Vec<i32> = Vec::new();
    let mut quantified: Vec<i32> = Vec::new();
    // The lead words as located once, not a pass over every char here. (The order of
    // the years found does not matter below.)
    for lead in ["到", "至"] {
        for i in doc.occurrences(lead) {
            let after = text.get(i + lead.len()..).unwrap_or("");
            let Some(y) = after.get(..4).and_then(year_of) else {
                continue;
            };
            if let Some(rest) = after.get(4..).and_then(|r| r.strip_prefix('年')) {
                years.push(y);
                if sets_number(rest) {
                    quantified.push(y);
                }
            }
        }
    }
    // A set: `contains` per year on a list would be quadratic in a text of many years.
    let quantified: std::collections::BTreeSet<i32> = quantified.into_iter().collect();
    match issued {
        Some(s) => years
            .into_iter()
            .filter(|&y| y >= s && y <= s + 10 || y <= s + 15 && quantified.contains(&y))
            .max(),
        None => most_frequent(&years),
    }
}

/// Four ASCII digits as a year (1949–2100).
fn year_of(d: &str) -> Option<i32> {
    if d.len() != 4 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    (1949..=2100).contains(&y).then_some(y)
}

/// Whether the sentence starting `rest` sets a number (到2035年，满意度达到90分以上): a
/// far year with figures is a target year of the plan, not a national vision it quotes.
fn sets_number(rest: &str) -> bool {
    rest.chars()
        .take(120)
        .take_while(|x| !matches!(x, '。' | '\n'))
        .any(|x| x.is_ascii_digit())
}

/// The most frequent year; the latest of equally frequent ones.
fn most_frequent(years: &[i32]) -> Option<i32> {
    let mut counts: std::collections::BTreeMap<i32, usize> = Default::default();
    for &y in years {
        *counts.entry(y).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
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
        // "0年行动" is noise, not a plan of no years (the period would end before it starts).
        .filter(|&n| n > 0)
}
