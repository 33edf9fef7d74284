//! Raw plan text → [`Plan`] with indicators, source quotes and diagnostics (SPEC §3).
//!
//! Stages: [`scan`] folds the text one char to one char (so offsets into the folded text
//! are offsets into the original) and reads numbers and units; [`table`] finds indicator
//! tables; [`prose`] finds targets in running text; [`merge`] keeps each indicator once
//! and carries baselines across statements.

pub mod hant;
pub mod keys;
mod merge;
pub mod meta;
mod prose;
mod scan;
mod table;
mod words;
mod wrap;

use crate::model::{
    Attribute, Diagnostic, Growth, Indicator, Measure, Plan, Source, SourceKind, Target,
};

pub use merge::{name_key, names_match};

/// The result of [`parse`]: what was found, and what looked wrong.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Parsed {
    /// The plan as extracted.
    pub plan: Plan,
    /// Problems with spans into the text.
    pub diagnostics: Vec<Diagnostic>,
}

/// One statement of an indicator before merging: a table row or a prose target.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub kind: SourceKind,
    pub name: String,
    pub unit: Option<String>,
    pub baseline: Option<Measure>,
    pub targets: Vec<Target>,
    pub growth: Option<Growth>,
    pub cumulative: bool,
    pub per_year: bool,
    pub attribute: Option<Attribute>,
    /// Char span `[start, end)` of the quote in the text.
    pub quote: (usize, usize),
    /// An increment (培育100家…, 新增50家): the stock values of other statements are not
    /// its baseline.
    pub increment: bool,
    /// 较2022年增长50% / 提高3个百分点: (the year compared with, the factor 1.5, the
    /// addend 3). The target value is factor × that year's value + addend, once the
    /// baseline is known.
    pub rise: Option<(i32, f64, f64)>,
    /// The target's year is the plan's end year by default: the text writes none near it.
    pub default_year: bool,
    /// A task-table row whose year is its 完成时限 (2027年底前).
    pub due: bool,
}

/// Parses raw plan text. Total: never panics, on any input.
pub fn parse(text: &str) -> Parsed {
    let doc = scan::Doc::new(text);
    let mut diagnostics = Vec::new();
    // Metadata reads full-width digits (２０２１年) as ASCII ones; one char for one char,
    // so spans stay valid.
    let full_width = doc.text().iter().any(|c| ('０'..='９').contains(c));
    // HTML left in the page (<p style=…>2026年10月27日</p>) would hide header lines:
    // metadata reads the text with it blanked, char for char.
    let mut meta_text = scan::without_markup(doc.text()).map(|c| scan::string_of(&c));
    if full_width {
        meta_text = Some(ascii_digits(meta_text.as_deref().unwrap_or(text)).into_owned());
    }
    let meta = match &meta_text {
        Some(t) => meta::extract(t),
        None => meta::extract_chars(text, doc.text()),
    };
    diagnostics.extend(meta.diagnostics);
    let period = meta.period.or_else(|| {
        let guess = fallback_period(&doc);
        if let Some((a, b)) = guess {
            diagnostics.push(Diagnostic::warning(
                "period",
                format!("未写明规划期，按文中目标年份推定为{a}—{b}年"),
            ));
        }
        guess
    });
    let tables = table::find_tables(&doc, period);
    let spans: Vec<(usize, usize)> = tables.iter().map(|t| t.span).collect();
    let issued_year = meta
        .issued
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse().ok());
    use crate::model::Level;
    let rank = match meta.level {
        Level::National => 0,
        Level::Province => 1,
        Level::City => 2,
        Level::County | Level::District => 3,
    };
    let prose = prose::scan(&doc, &spans, period, issued_year, rank, &meta.title);
    // Spans of the scanners are into the read text; map them back to the text as given.
    let mut found = prose.diagnostics;
    let mut past = Vec::new();
    let mut cands = Vec::new();
    for t in tables {
        cands.extend(t.rows);
        past.extend(t.past);
    }
    cands.extend(prose.targets);
    past.extend(prose.past);
    let merged = merge::merge(cands, &past, &mut found);
    for d in &mut found {
        if let Some((a, b)) = d.span {
            let (x, y) = doc.span(a, b);
            d.span = Some((x, y));
            if d.path.starts_with("text@") {
                d.path = format!("text@{x}");
            }
        }
    }
    diagnostics.extend(found);
    let indicators: Vec<Indicator> = merged
        .into_iter()
        .enumerate()
        .map(|(i, c)| indicator(&doc, i, c))
        .collect();
    if indicators.is_empty() {
        diagnostics.push(Diagnostic::warning(
            "text",
            "未找到量化指标 (no quantitative targets found)",
        ));
    }
    Parsed {
        plan: Plan {
            id: String::new(),
            title: meta.title,
            region: meta.region,
            level: meta.level,
            issuer: meta.issuer,
            doc_number: meta.doc_number,
            issued: meta.issued,
            period,
            indicators,
        },
        diagnostics,
    }
}

fn indicator(doc: &scan::Doc, i: usize, c: Cand) -> Indicator {
    let (key, category) = keys::classify(&c.name);
    Indicator {
        id: format!("i{:02}", i + 1),
        key: key.map(String::from),
        category,
        unit: c.unit,
        baseline: c.baseline,
        targets: c.targets,
        growth: c.growth,
        cumulative: c.cumulative,
        per_year: c.per_year,
        attribute: c.attribute,
        source: Some(Source {
            kind: c.kind,
            quote: doc.quote_str(c.quote.0, c.quote.1),
            offset: doc.offset(c.quote.0),
        }),
        actuals: Vec::new(),
        name: c.name,
    }
}

/// `text` with full-width digits (０–９) as ASCII digits.
fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| ('０'..='９').contains(&c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect::<String>()
        .into()
}

/// The plan period when metadata gives none: from a 十X五 mention near the top, else
/// from the target year the text names most often (到2025年 …), as five years ending there.
fn fallback_period(doc: &scan::Doc) -> Option<(i32, i32)> {
    // Only the plan's own words count, not the titles of other documents in 《》.
    let head: String = {
        let mut depth = 0u32;
        let mut out = String::new();
        for i in 0..doc.len().min(3000) {
            match doc.at(i) {
                '《' => depth += 1,
                '》' => depth = depth.saturating_sub(1),
                '\n' => depth = 0,
                c if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    };
    let named = words::FIVE_YEAR_PLANS
        .iter()
        .rev()
        .find(|(w, _)| head.contains(w))
        .map(|(_, end)| (end - 4, *end));
    named.or_else(|| {
        let mut counts: std::collections::BTreeMap<i32, usize> = Default::default();
        for i in 0..doc.len() {
            if doc.at(i) == '到' {
                if let Some((y, _)) = scan::year_at(doc, i + 1) {
                    *counts.entry(y).or_default() += 1;
                }
            }
        }
        let (&end, _) = counts.iter().max_by_key(|(y, n)| (**n, **y))?;
        // 三年行动方案: the span is written in the title.
        let years = ["年行动", "年攻坚", "年计划"]
            .iter()
            .find_map(|w| head.find(w).map(|p| &head[..p]))
            .and_then(|before| before.chars().last())
            .and_then(|c| "一二三四五六七八九十".find(c).map(|k| k / 3 + 1))
            .map_or(5, |n| n as i32);
        Some((end - years + 1, end))
    })
}
