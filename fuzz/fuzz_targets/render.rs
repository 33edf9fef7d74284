//! Hostile data → every widget: arbitrary PlanSet text, or arbitrary strings put into every
//! text field of a valid PlanSet → load → gauge, compare, table (shell, static, rows, CSV),
//! error box, page, both languages.
//!
//! Invariants (SPEC §6): no panic; no `<script`, no element outside the widgets' own set,
//! no `on…=` attribute, no `style=`, no script URL, no comment or CDATA in the markup; no
//! NaN/Infinity shown, finite `aria-value*` numbers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use planmeter::view::{self, Filter, GaugeSpec, Lang, Sort, TableModel, ViewError};
use planmeter::{json, load_plan_set, PlanSet};

#[path = "../src/markup.rs"]
mod markup;

thread_local! {
    /// Whether the current input's own text holds "nan"/"inf" (then the words may show).
    static DATA_SAYS_NAN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn check(html: &str, what: &str) {
    let bad = markup::unsafe_markup(html);
    assert!(bad.is_empty(), "{what}: {bad:?}\n{html}");
    let words = !DATA_SAYS_NAN.with(|d| d.get());
    let bad = markup::bad_numbers(html, words);
    assert!(bad.is_empty(), "{what}: {bad:?}\n{html}");
}

fn lit(s: &str) -> String {
    let mut out = String::new();
    json::write_string(&mut out, s);
    out
}

/// A valid PlanSet whose text fields take the pieces of `text` (split at `|`), cycling.
fn templated(text: &str) -> String {
    let parts: Vec<&str> = text.split('|').collect();
    let mut i = 0;
    // Required fields get a prefix so that an empty piece cannot make the template invalid.
    let mut next = |prefix: &str| {
        let s = parts[i % parts.len()];
        i += 1;
        lit(&format!("{prefix}{s}"))
    };
    let (id, title, region) = (next("p"), next("t"), next("r"));
    let (issuer, doc) = (next(""), next(""));
    let (iid, name, key, unit) = (next("i"), next("n"), next(""), next(""));
    let (quote, note, tunit) = (next(""), next(""), next(""));
    format!(
        r#"{{"version":1,"plans":[{{"id":{id},"title":{title},"region":{region},"level":"city","issuer":{issuer},"doc_number":{doc},"period":[2021,2025],"indicators":[{{"id":{iid},"name":{name},"key":{key},"category":"creation","unit":{unit},"baseline":{{"year":2020,"value":4.37}},"targets":[{{"year":2025,"op":"range","value":6,"high":8,"unit":{tunit}}}],"attribute":"约束性","source":{{"kind":"table","quote":{quote},"offset":3}},"actuals":[{{"year":2023,"value":5.2,"note":{note}}}]}}]}}]}}"#
    )
}

fn render_all(set: &PlanSet, query: &str) {
    for lang in [Lang::Hans, Lang::Hant] {
        for p in &set.plans {
            for ind in &p.indicators {
                for (actual, year) in [(None, None), (Some(1.5), Some(2024))] {
                    let spec = GaugeSpec {
                        plan: &p.id,
                        indicator: &ind.id,
                        actual,
                        year,
                    };
                    match view::gauge(set, &spec, lang) {
                        Ok(h) => check(&h, "gauge"),
                        Err(e) => check(&view::error_box(&e, lang), "gauge error"),
                    }
                }
                if let Some(k) = &ind.key {
                    match view::compare(set, k, None, lang) {
                        Ok(h) => check(&h, "compare"),
                        Err(e) => check(&view::error_box(&e, lang), "compare error"),
                    }
                }
            }
        }
        let Ok(model) = TableModel::new(set, None, None) else {
            continue;
        };
        let f = Filter::from_query(query);
        let sort = Sort::from_query(query);
        check(&model.shell(&f, sort, lang), "table shell");
        let st = model.static_html(&f, sort, lang);
        check(&st, "static table");
        check(&view::page(query, &st, lang), "page");
        let ids = model.visible(&f, sort);
        check(&model.rows_html(&ids, lang), "rows");
        let _ = model.csv(&ids);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let (body, query) = text.split_once('\n').unwrap_or((&text, ""));
    let json = if mode % 2 == 0 {
        templated(body)
    } else {
        body.to_string()
    };
    let loaded = load_plan_set(&json);
    // The data's own text (as loaded: escapes decoded, template prefixes joined to the
    // pieces), its diagnostics (which quote values) and the query may say "nan"/"inf".
    let said = format!(
        "{}\n{}\n{query}",
        serde_json::to_string(&loaded.value).unwrap_or_default(),
        serde_json::to_string(&loaded.diagnostics).unwrap_or_default()
    )
    .to_ascii_lowercase();
    DATA_SAYS_NAN.with(|d| d.set(said.contains("nan") || said.contains("inf")));
    if mode % 2 == 0 {
        assert!(
            !loaded.has_errors(),
            "template did not load: {:?}",
            loaded.diagnostics
        );
    }
    for lang in [Lang::Hans, Lang::Hant] {
        let e = ViewError::from_diagnostics(&loaded.diagnostics, lang);
        check(&view::error_box(&e, lang), "diagnostics box");
    }
    render_all(&loaded.value, query);
});
