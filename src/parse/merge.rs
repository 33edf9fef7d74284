//! Restatement merging (each indicator once) and baseline carrying.
//!
//! A target restated in prose, in the table and in a 专栏 box is one indicator: two
//! statements are the same indicator when their names match and they share a
//! (year, value) target. The table row wins; restatements fill what it lacks.

use super::scan::{fold, is_space};
use super::words::REGION_WORDS;
use super::Cand;
use crate::model::{Diagnostic, Op, SourceKind};

/// Merges restatements, attaches baselines from previous-period values (`past`) and from
/// other statements of the same indicator, and fills 翻一番 values. Returns the
/// indicators in document order.
pub fn merge(cands: Vec<Cand>, past: &[Cand], diags: &mut Vec<Diagnostic>) -> Vec<Cand> {
    let (mut tables, prose): (Vec<Cand>, Vec<Cand>) =
        cands.into_iter().partition(|c| c.kind == SourceKind::Table);
    let mut kept: Vec<Cand> = Vec::new();
    'next: for c in prose {
        for t in tables.iter_mut().chain(kept.iter_mut()) {
            if same_indicator(t, &c) {
                absorb(t, &c);
                continue 'next;
            }
        }
        kept.push(c);
    }
    let mut all: Vec<Cand> = tables.into_iter().chain(kept).collect();
    all.sort_by_key(|c| c.quote.0);
    attach_past(&mut all, past);
    report_conflicts(&all, diags);
    carry(&mut all);
    for c in &mut all {
        fill_double(c);
        fill_rise(c);
        check_baseline(c, diags);
    }
    // A relative rise whose base value the text never gives is no target.
    all.retain(|c| !c.targets.is_empty() || c.growth.is_some());
    all
}

/// 较2022年增长50%: the target is 1.5 × the 2022 value when the baseline is that year's;
/// otherwise the target cannot be stated and is dropped.
fn fill_rise(c: &mut Cand) {
    let Some((year, factor)) = c.rise else {
        return;
    };
    let base = c
        .baseline
        .as_ref()
        .filter(|b| b.year == year)
        .map(|b| b.value);
    match base {
        Some(b) => {
            // The value is in the base value's unit.
            if c.unit.is_none() {
                c.unit = c.baseline.as_mut().and_then(|b| b.unit.take());
            }
            for t in c.targets.iter_mut().filter(|t| t.value.is_none()) {
                // Rounded to the precision of the inputs: 15.6 × 1.5 is 23.4, not 23.400000000000002.
                t.value = Some((b * factor * 1e6).round() / 1e6);
            }
        }
        None => c.targets.retain(|t| t.value.is_some()),
    }
}

/// A name reduced for comparison: folded, without blanks, punctuation, parentheses
/// and their contents, or a leading region word.
pub fn name_key(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in name.chars().map(fold) {
        match c {
            '(' | '〔' | '[' => depth += 1,
            ')' | '〕' | ']' => depth -= 1,
            _ if depth > 0 => {}
            _ if is_space(c) || "“”\"'‘’《》「」、,.;:·-—_/".contains(c) => {}
            _ => out.push(c),
        }
    }
    for w in REGION_WORDS {
        if let Some(r) = out.strip_prefix(w) {
            if r.chars().count() >= 2 {
                return r.to_string();
            }
        }
    }
    out
}

/// A name key without a trailing generic measure word (有效发明专利拥有量 → 有效发明专利):
/// a review sentence often names the thing, the target its measure.
fn measure_key(name: &str) -> String {
    let k = name_key(name);
    for w in ["拥有量", "数量", "总量", "总额", "规模", "量", "数"] {
        if let Some(r) = k.strip_suffix(w) {
            if r.chars().count() >= 3 {
                return r.to_string();
            }
        }
    }
    k
}

/// Whether two names can denote the same indicator: equal, one containing the other,
/// or the shorter one's characters in order inside the longer (案件增幅 / 案件年增幅).
pub fn names_match(a: &str, b: &str) -> bool {
    let (ka, kb) = (name_key(a), name_key(b));
    if ka == kb {
        return true;
    }
    let (s, l) = if ka.chars().count() <= kb.chars().count() {
        (ka, kb)
    } else {
        (kb, ka)
    };
    let ns = s.chars().count();
    if ns < 3 {
        return false;
    }
    if l.contains(&s) {
        return true;
    }
    let s = s
        .strip_suffix("数量")
        .or_else(|| s.strip_suffix("总量"))
        .or_else(|| s.strip_suffix('量'))
        .or_else(|| s.strip_suffix('率'))
        .unwrap_or(&s)
        .to_string();
    let ns = s.chars().count();
    ns >= 3 && ns * 10 >= l.chars().count() * 4 && is_subsequence(&s, &l)
}

fn is_subsequence(s: &str, l: &str) -> bool {
    let mut it = l.chars();
    s.chars().all(|c| it.any(|d| d == c))
}

fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        _ => false,
    }
}

fn shares_target(a: &Cand, b: &Cand) -> bool {
    let targets = a.targets.iter().any(|x| {
        b.targets
            .iter()
            .any(|y| x.year == y.year && same_value(x.value, y.value))
    });
    let growth = a.targets.is_empty()
        && b.targets.is_empty()
        && match (&a.growth, &b.growth) {
            (Some(x), Some(y)) => same_value(Some(x.annual_rate_pct), Some(y.annual_rate_pct)),
            _ => false,
        };
    targets || growth
}

fn same_indicator(a: &Cand, b: &Cand) -> bool {
    shares_target(a, b) && names_match(&a.name, &b.name)
}

/// Fills what `into` lacks from a restatement.
fn absorb(into: &mut Cand, from: &Cand) {
    if into.unit.is_none() {
        into.unit = from.unit.clone();
    }
    if into.baseline.is_none() {
        into.baseline = from.baseline.clone();
    }
    if into.attribute.is_none() {
        into.attribute = from.attribute;
    }
    if into.growth.is_none() {
        into.growth = from.growth.clone();
    }
}

fn first_target_year(c: &Cand) -> Option<i32> {
    c.targets.iter().map(|t| t.year).min()
}

fn baseline_fits(c: &Cand, year: i32) -> bool {
    first_target_year(c).is_none_or(|t| year < t)
}

/// Baselines from the previous period's values of the same indicator (equal names).
fn attach_past(all: &mut [Cand], past: &[Cand]) {
    let past_keys: Vec<String> = past.iter().map(|p| measure_key(&p.name)).collect();
    for c in all.iter_mut().filter(|c| c.baseline.is_none()) {
        let key = measure_key(&c.name);
        let found = past.iter().zip(&past_keys).rev().find(|(p, k)| {
            **k == key
                && same_measure(c, p)
                && p.baseline
                    .as_ref()
                    .is_some_and(|b| baseline_fits(c, b.year))
        });
        if let Some((p, _)) = found {
            let mut b = p.baseline.clone();
            if let Some(b) = b.as_mut() {
                if p.unit.is_some() && p.unit != c.unit {
                    b.unit = p.unit.clone();
                }
            }
            c.baseline = b;
        }
    }
}

/// Whether a previous-period value `p` measures what target `c` measures: a five-year
/// 累计 total is no baseline for a level; a yearly target (每年) compares with one year's
/// flow; an increment (培育100家) has no stock baseline, a level no flow baseline.
fn same_measure(c: &Cand, p: &Cand) -> bool {
    if p.cumulative && !c.cumulative {
        return false;
    }
    if c.per_year {
        return true;
    }
    // 新增X 11家 (last year) and 新增X 15家 (this year): a flow named as a flow both
    // times compares with itself.
    let flow = |x: &Cand| {
        super::words::INCREMENT_WORDS
            .iter()
            .any(|w| x.name.starts_with(w))
    };
    if flow(c) && flow(p) {
        return true;
    }
    !c.increment && !p.increment
}

/// Baselines and 属性 carried across statements of the same indicator (equal names).
fn carry(all: &mut [Cand]) {
    let keys: Vec<String> = all.iter().map(|c| name_key(&c.name)).collect();
    for i in 0..all.len() {
        for j in 0..all.len() {
            if i == j || keys[i] != keys[j] || all[i].increment || conflicts(&all[i], &all[j]) {
                continue;
            }
            let (base, attr) = (all[j].baseline.clone(), all[j].attribute);
            let c = &mut all[i];
            if c.baseline.is_none() {
                if let Some(b) = base.filter(|b| baseline_fits(c, b.year)) {
                    c.baseline = Some(b);
                }
            }
            if c.attribute.is_none() {
                c.attribute = attr;
            }
        }
    }
}

/// Two statements that give different values for the same year disagree: neither's
/// baseline or 属性 is carried to the other.
fn conflicts(a: &Cand, b: &Cand) -> bool {
    a.targets.iter().any(|x| {
        b.targets
            .iter()
            .any(|y| x.year == y.year && !same_value(x.value, y.value))
    })
}

/// Statements of one indicator that disagree (same year, different values) are kept
/// as written; the reader is told.
fn report_conflicts(all: &[Cand], diags: &mut Vec<Diagnostic>) {
    let keys: Vec<String> = all.iter().map(|c| name_key(&c.name)).collect();
    for (i, a) in all.iter().enumerate() {
        for (j, b) in all.iter().enumerate().skip(i + 1) {
            if keys[i] == keys[j] && conflicts(a, b) {
                diags.push(
                    Diagnostic::warning(
                        format!("text@{}", b.quote.0),
                        format!("“{}”在不同位置的同年目标值不一致，均按原文保留", b.name),
                    )
                    .with_span(b.quote.0, b.quote.1),
                );
            }
        }
    }
}

/// 翻一番: the target value is twice the baseline when the baseline is known.
fn fill_double(c: &mut Cand) {
    let Some(b) = c.baseline.as_ref().map(|b| b.value) else {
        return;
    };
    for t in &mut c.targets {
        if t.op == Op::Double && t.value.is_none() {
            t.value = Some(2.0 * b);
        }
    }
}

/// A baseline must come before every target year.
fn check_baseline(c: &mut Cand, diags: &mut Vec<Diagnostic>) {
    if let Some(b) = &c.baseline {
        if !baseline_fits(c, b.year) {
            diags.push(
                Diagnostic::warning(
                    format!("text@{}", c.quote.0),
                    format!(
                        "“{}”的基期年份{}不早于目标年份，已忽略基期值",
                        c.name, b.year
                    ),
                )
                .with_span(c.quote.0, c.quote.1),
            );
            c.baseline = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_matching() {
        assert!(names_match(
            "PCT国际专利申请量",
            "PCT(专利合作条约)国际专利申请量"
        ));
        assert!(names_match("结案率", "知识产权案件结案率"));
        assert!(names_match("案件增幅量", "知识产权案件年增幅"));
        assert!(!names_match("国家和省级知识产权优势企业", "知识产权强企"));
        assert!(!names_match("知识产权投融资金额", "质押融资金额"));
    }
}
