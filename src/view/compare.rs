//! The comparison table (各地区对比): one canonical indicator key across plans and regions,
//! best progress first, with a national plan (if any) as a reference row on top.

use super::escape::{push_attr, push_escaped};
use super::i18n::{self, w, Lang, W};
use super::row::{self, Row};
use super::{open_root, ViewError};
use crate::model::{Level, PlanSet};

/// The comparison markup for indicator `key` (each plan's actual for `year`, or its
/// latest). When no plan has the key, the box says so (this is not an error).
pub fn compare(
    set: &PlanSet,
    key: &str,
    year: Option<i32>,
    lang: Lang,
) -> Result<String, ViewError> {
    let key = key.trim();
    if key.is_empty() {
        return Err(ViewError::new("请给出指标键 data-key"));
    }
    let mut rows: Vec<Row> = Vec::new();
    for p in &set.plans {
        for ind in &p.indicators {
            if ind.key.as_deref() == Some(key) {
                rows.push(Row::new(p, ind, year));
            }
        }
    }
    let mut s = String::with_capacity(1024 + rows.len() * 800);
    open_root(&mut s, "pm-compare", lang);
    s.push_str(" data-pm-key=\"");
    push_escaped(&mut s, key);
    s.push_str("\">");
    if rows.is_empty() {
        s.push_str("<p class=\"pm-empty\" role=\"status\">");
        s.push_str(w(W::NoPlanHasKey, lang));
        s.push_str(" <code class=\"pm-code\">");
        push_escaped(&mut s, key);
        s.push_str("</code></p></div>");
        return Ok(s);
    }
    // Reference rows (national plans) first; the rest best progress first, unknown last;
    // the sort is stable so equal progress keeps data order.
    // A loop, not `partition`: one iterator instantiation less in the wasm.
    let (mut reference, mut regional) = (Vec::new(), Vec::new());
    for r in rows {
        if r.level == Level::National {
            reference.push(r);
        } else {
            regional.push(r);
        }
    }
    best_first(&mut regional);
    let name = reference
        .first()
        .or(regional.first())
        .map_or("", |r| &r.name);
    let mut caption = String::from(w(W::Compare, lang));
    caption.push('：');
    caption.push_str(name);
    s.push_str("<div class=\"pm-scroll\" tabindex=\"0\" role=\"region\"");
    push_attr(&mut s, "aria-label", &caption);
    s.push_str("><table class=\"pm-t pm-cmp\"><caption class=\"pm-caption\">");
    push_escaped(&mut s, &caption);
    s.push_str("</caption><thead><tr>");
    for h in [
        W::Region,
        W::Level,
        W::Baseline,
        W::Target,
        W::Latest,
        W::Progress,
        W::Status,
    ] {
        s.push_str("<th scope=\"col\">");
        s.push_str(w(h, lang));
        s.push_str("</th>");
    }
    s.push_str("</tr></thead>");
    if !reference.is_empty() {
        s.push_str("<tbody class=\"pm-ref\">");
        for r in &reference {
            push_row(&mut s, r, true, lang);
        }
        s.push_str("</tbody>");
    }
    s.push_str("<tbody>");
    for r in &regional {
        push_row(&mut s, r, false, lang);
    }
    s.push_str("</tbody></table></div></div>");
    Ok(s)
}

/// Stable insertion sort, best progress first, unknown last. A comparison has a few dozen
/// rows at most; this keeps a second copy of the standard library's sort out of the wasm.
fn best_first(rows: &mut [Row]) {
    let key = |r: &Row| r.progress().unwrap_or(f64::NEG_INFINITY);
    for i in 1..rows.len() {
        let mut j = i;
        while j > 0 && key(&rows[j - 1]) < key(&rows[j]) {
            rows.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn push_row(s: &mut String, r: &Row, reference: bool, lang: Lang) {
    s.push_str("<tr class=\"pm-row\"><th scope=\"row\" class=\"pm-c-region\">");
    push_escaped(s, &r.region);
    if reference {
        s.push_str(" <span class=\"pm-ref-tag\">");
        s.push_str(w(W::Reference, lang));
        s.push_str("</span>");
    }
    s.push_str("<span class=\"pm-sub pm-block\">");
    push_escaped(s, &r.name);
    s.push_str("</span></th><td class=\"pm-c-level\">");
    s.push_str(i18n::level(r.level, lang));
    s.push_str("</td><td class=\"pm-c-baseline pm-num\">");
    row::push_baseline(s, r, lang);
    s.push_str("</td><td class=\"pm-c-target pm-num\">");
    row::push_target(s, r, lang);
    s.push_str("</td><td class=\"pm-c-latest pm-num\">");
    row::push_latest(s, r, lang);
    s.push_str("</td><td class=\"pm-c-progress\">");
    row::push_bar(s, r);
    s.push_str("</td><td class=\"pm-c-status\">");
    row::push_status(s, r, lang);
    s.push_str("</td></tr>");
}
