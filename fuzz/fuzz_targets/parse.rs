//! Arbitrary bytes → UTF-8 (lossy) → `planmeter::parse`.
//!
//! Invariants: no panic; every indicator's source quote is exactly the text at its
//! character offset (SPEC §3: offsets count code points); every diagnostic span lies
//! inside the text; the extracted plan is valid data (loads without errors, unchanged).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = planmeter::parse(&text);
    let chars: Vec<char> = text.chars().collect();
    for ind in &parsed.plan.indicators {
        let Some(src) = &ind.source else { continue };
        let len = src.quote.chars().count();
        let end = src
            .offset
            .checked_add(len)
            .expect("offset + quote length overflows");
        assert!(
            end <= chars.len(),
            "indicator {:?}: quote {:?} at {} runs past the end of the text ({} chars)",
            ind.id,
            src.quote,
            src.offset,
            chars.len()
        );
        let at: String = chars[src.offset..end].iter().collect();
        assert_eq!(
            at, src.quote,
            "indicator {:?}: quote differs from the text at offset {}",
            ind.id, src.offset
        );
    }
    for d in &parsed.diagnostics {
        if let Some((s, e)) = d.span {
            assert!(
                s <= e && e <= chars.len(),
                "diagnostic span {s}..{e} out of text: {d}"
            );
        }
    }
    // The CLI prints the result with serde_json; that must work on any parse.
    serde_json::to_string(&parsed).expect("parse result serialises");

    // What the parser extracts is valid data: it loads without errors and unchanged
    // (unique ids, finite numbers, years in range). A text need not name the plan's id,
    // title or region (the CLI takes the file name), so empty ones are filled first.
    let mut plan = parsed.plan.clone();
    for f in [&mut plan.id, &mut plan.title, &mut plan.region] {
        if f.trim().is_empty() {
            *f = "x".into();
        }
    }
    let set = planmeter::PlanSet {
        plans: vec![plan],
        ..Default::default()
    };
    let json = serde_json::to_string(&set).expect("PlanSet serialises");
    let loaded = planmeter::load_plan_set(&json);
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(
        errors.is_empty(),
        "parser output does not load: {errors:?}\n{json}"
    );
    assert_eq!(
        loaded.value, set,
        "parser output changes when loaded\n{json}"
    );
});
