//! Loader tests: every kind of bad input becomes a diagnostic with a JSON path, the bad
//! indicator (or plan) is skipped, and the rest loads.

use planmeter::{load_actuals, load_plan_set, merge_actuals, Op, Severity};

/// A valid plan with two indicators; `$IND` is replaced by a third indicator's JSON.
fn plan_with(third: &str) -> String {
    format!(
        r#"{{"version": 1, "plans": [{{
  "id": "p1", "title": "某市知识产权规划", "region": "某市", "level": "city",
  "issuer": null, "doc_number": null, "issued": "2021-11-23", "period": [2021, 2025],
  "indicators": [
    {{"id": "a", "name": "每万人口高价值发明专利拥有量", "key": "high_value_invention_patents_per_10k",
      "category": "creation", "unit": "件", "baseline": {{"year": 2020, "value": 4.37}},
      "targets": [{{"year": 2025, "op": ">=", "value": 6, "high": null}}],
      "growth": null, "cumulative": false, "per_year": false, "attribute": "预期性",
      "source": {{"kind": "table", "quote": "x", "offset": 3}},
      "actuals": [{{"year": 2023, "value": 5.2, "note": null}}]}},
    {{"id": "b", "name": "专利代理机构", "category": "service",
      "targets": [{{"year": 2025, "op": "range", "value": 8, "high": 10}}]}},
    {third}
  ]}}]}}"#
    )
}

fn messages(text: &str) -> Vec<String> {
    load_plan_set(text)
        .diagnostics
        .iter()
        .map(|d| format!("{}: {}", d.path, d.message))
        .collect()
}

#[test]
fn valid_plan_loads_without_diagnostics() {
    let text = plan_with(
        r#"{"id": "c", "name": "商标", "targets": [{"year": 2025, "op": "x2", "value": null}]}"#,
    );
    let l = load_plan_set(&text);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    let p = &l.value.plans[0];
    assert_eq!(p.period, Some((2021, 2025)));
    assert_eq!(p.indicators.len(), 3);
    assert_eq!(p.indicators[1].targets[0].op, Op::Range);
    assert_eq!(p.indicators[1].targets[0].high, Some(10.0));
    assert_eq!(p.indicators[0].actuals[0].value, 5.2);
    assert_eq!(
        p.indicator("high_value_invention_patents_per_10k")
            .unwrap()
            .id,
        "a"
    );
}

#[test]
fn a_key_shared_by_milestones_finds_the_latest_goal() {
    // …到2025年达到6件、到2030年达到9件 stated apart: two indicators with one key, the
    // 2025 one first.
    let text = plan_with(
        r#"{"id": "c", "name": "每万人口高价值发明专利拥有量", "key": "high_value_invention_patents_per_10k",
            "targets": [{"year": 2030, "op": ">=", "value": 9}]}"#,
    )
    .replace("[2021, 2025]", "[2021, 2030]");
    let l = load_plan_set(&text);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    let p = &l.value.plans[0];
    let found = p.indicator("high_value_invention_patents_per_10k").unwrap();
    assert_eq!(found.id, "c", "the 2030 goal, not the 2025 milestone");
    assert_eq!(
        p.indicator("a").unwrap().id,
        "a",
        "an id still finds its indicator"
    );
}

#[test]
fn wrong_type_names_the_path_and_skips_only_that_indicator() {
    let text = plan_with(
        r#"{"id": "c", "name": "x", "targets": [{"year": 2025, "op": ">=", "value": "abc"}]}"#,
    );
    let l = load_plan_set(&text);
    let m = messages(&text);
    assert!(
        m[0].starts_with(
            r#"plans[0].indicators[2].targets[0].value: expected a number, got "abc""#
        ),
        "{m:?}"
    );
    assert!(l.has_errors());
    let ids: Vec<_> = l.value.plans[0]
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn missing_field_is_reported() {
    let m = messages(&plan_with(r#"{"id": "c", "targets": []}"#));
    assert!(
        m.iter()
            .any(|x| x.starts_with("plans[0].indicators[2].name: missing field")),
        "{m:?}"
    );
    let m = messages(&plan_with(
        r#"{"id": "c", "name": "n", "targets": [{"year": 2025, "value": 3}]}"#,
    ));
    assert!(
        m.iter()
            .any(|x| x.starts_with("plans[0].indicators[2].targets[0].op: missing")),
        "{m:?}"
    );
}

#[test]
fn unknown_op_category_and_attribute_are_reported() {
    for (field, json) in [
        (
            "targets[0].op",
            r#""targets": [{"year": 2025, "op": "about", "value": 3}]"#,
        ),
        ("category", r#""category": "fun""#),
        ("attribute", r#""attribute": "maybe""#),
        (
            "growth.op",
            r#""growth": {"annual_rate_pct": 5, "op": "range"}"#,
        ),
    ] {
        let text = plan_with(&format!(r#"{{"id": "c", "name": "n", {json}}}"#));
        let l = load_plan_set(&text);
        assert_eq!(l.value.plans[0].indicators.len(), 2, "{field}");
        let path = format!("plans[0].indicators[2].{field}");
        assert!(
            l.diagnostics.iter().any(|d| d.path == path),
            "{field}: {:?}",
            l.diagnostics
        );
    }
}

#[test]
fn year_out_of_range_or_fractional_is_reported() {
    for y in ["1800", "2500", "2025.5", "\"2025\""] {
        let text = plan_with(&format!(
            r#"{{"id": "c", "name": "n", "targets": [{{"year": {y}, "op": ">=", "value": 1}}]}}"#
        ));
        let l = load_plan_set(&text);
        assert_eq!(l.value.plans[0].indicators.len(), 2, "{y}");
        assert!(
            l.diagnostics
                .iter()
                .any(|d| d.path == "plans[0].indicators[2].targets[0].year"),
            "{y}: {:?}",
            l.diagnostics
        );
    }
}

#[test]
fn duplicate_ids_are_reported_and_the_second_skipped() {
    let text = plan_with(r#"{"id": "a", "name": "dup", "targets": []}"#);
    let l = load_plan_set(&text);
    assert_eq!(l.value.plans[0].indicators.len(), 2);
    assert!(l
        .diagnostics
        .iter()
        .any(|d| d.path == "plans[0].indicators[2].id" && d.message.contains("duplicate")));

    let one = r#"{"id": "p", "title": "t", "region": "r", "level": "city"}"#;
    let l = load_plan_set(&format!(r#"{{"version": 1, "plans": [{one}, {one}]}}"#));
    assert_eq!(l.value.plans.len(), 1);
    assert_eq!(l.diagnostics[0].path, "plans[1].id");
}

#[test]
fn not_json_and_empty_file() {
    for text in [
        "",
        "   ",
        "{\"version\": 1, \"plans\": [",
        "plans: []",
        "<html>",
    ] {
        let l = load_plan_set(text);
        assert!(l.value.plans.is_empty());
        assert_eq!(l.diagnostics.len(), 1, "{text:?}");
        assert_eq!(l.diagnostics[0].path, "$");
        assert!(
            l.diagnostics[0].message.contains("not valid JSON"),
            "{:?}",
            l.diagnostics
        );
        assert_eq!(l.diagnostics[0].severity, Severity::Error);
    }
    let m = messages("[1, 2]");
    assert!(m[0].contains("expected an object"), "{m:?}");
    let m = messages(r#"{"version": 1}"#);
    assert_eq!(m, ["plans: missing field \"plans\" (缺少字段 plans)"]);
}

#[test]
fn bad_plan_fields_skip_the_plan_but_keep_others() {
    let good = r#"{"id": "g", "title": "t", "region": "r", "level": "province"}"#;
    let bad = r#"{"id": "b", "title": "t", "region": "r", "level": "galaxy"}"#;
    let l = load_plan_set(&format!(
        r#"{{"version": 1, "plans": [{bad}, {good}, 42]}}"#
    ));
    assert_eq!(l.value.plans.len(), 1);
    assert_eq!(l.value.plans[0].id, "g");
    assert!(l.diagnostics.iter().any(|d| d.path == "plans[0].level"));
    assert!(l.diagnostics.iter().any(|d| d.path == "plans[2]"));
}

#[test]
fn optional_plan_fields_with_wrong_values_are_dropped_not_fatal() {
    let p = r#"{"id": "g", "title": "t", "region": "r", "level": "city", "issued": "2021/11/23",
               "period": [2025, 2021], "doc_number": 5}"#;
    let l = load_plan_set(&format!(r#"{{"version": 1, "plans": [{p}]}}"#));
    let plan = &l.value.plans[0];
    assert_eq!(
        (
            plan.issued.as_deref(),
            plan.period,
            plan.doc_number.as_deref()
        ),
        (None, None, None)
    );
    let paths: Vec<_> = l.diagnostics.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        ["plans[0].doc_number", "plans[0].issued", "plans[0].period"]
    );
}

#[test]
fn range_without_high_and_inverted_range_are_errors() {
    for t in [
        r#"{"year": 2025, "op": "range", "value": 8}"#,
        r#"{"year": 2025, "op": "range", "value": 8, "high": 3}"#,
    ] {
        let l = load_plan_set(&plan_with(&format!(
            r#"{{"id": "c", "name": "n", "targets": [{t}]}}"#
        )));
        assert_eq!(l.value.plans[0].indicators.len(), 2, "{t}");
    }
}

#[test]
fn warnings_do_not_skip() {
    let text = plan_with(
        r#"{"id": "c", "name": "n", "baseline": {"year": 2026, "value": 1}, "targets": [{"year": 2025, "op": ">=", "value": 2, "high": 9}]}"#,
    );
    let l = load_plan_set(&text);
    assert_eq!(l.value.plans[0].indicators.len(), 3);
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    assert_eq!(l.diagnostics.len(), 2);
    assert_eq!(l.value.plans[0].indicators[2].targets[0].high, None);
}

#[test]
fn version_problems() {
    let l = load_plan_set(r#"{"plans": []}"#);
    assert!(!l.has_errors() && l.diagnostics.len() == 1);
    let l = load_plan_set(r#"{"version": 2, "plans": []}"#);
    assert!(l.has_errors());
}

#[test]
fn actuals_file_merges_by_id_or_key_and_reports_unknowns() {
    let mut set = load_plan_set(&plan_with(r#"{"id": "c", "name": "n", "targets": []}"#)).value;
    let file = load_actuals(
        r#"{"version": 1, "actuals": [
        {"plan": "p1", "indicator": "high_value_invention_patents_per_10k", "year": 2024, "value": 5.9, "note": "公报"},
        {"plan": "p1", "indicator": "a", "year": 2023, "value": 5.3},
        {"plan": "nope", "indicator": "a", "year": 2023, "value": 1},
        {"plan": "p1", "indicator": "zzz", "year": 2023, "value": 1},
        {"plan": "p1", "indicator": "b", "year": "x", "value": 1}
    ]}"#,
    );
    assert_eq!(file.value.actuals.len(), 4);
    assert_eq!(file.diagnostics[0].path, "actuals[4].year");
    let diags = merge_actuals(&mut set, &file.value);
    let paths: Vec<_> = diags.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["actuals[2].plan", "actuals[3].indicator"]);
    let a = &set.plans[0].indicators[0].actuals;
    assert_eq!(
        a.iter().map(|x| (x.year, x.value)).collect::<Vec<_>>(),
        [(2023, 5.3), (2024, 5.9)]
    );
    assert_eq!(a[1].note.as_deref(), Some("公报"));
}

#[test]
fn an_actual_by_key_reaches_every_milestone_with_it() {
    // Milestones stated apart (…到2025年…、到2030年…) measure one quantity.
    let third = r#"{"id": "c", "name": "每万人口高价值发明专利拥有量", "key": "high_value_invention_patents_per_10k",
        "targets": [{"year": 2030, "op": ">=", "value": 9}]}"#;
    let mut set = load_plan_set(&plan_with(third).replace("[2021, 2025]", "[2021, 2030]")).value;
    let file = load_actuals(
        r#"{"version": 1, "actuals": [
        {"plan": "p1", "indicator": "high_value_invention_patents_per_10k", "year": 2024, "value": 5.9},
        {"plan": "p1", "indicator": "c", "year": 2025, "value": 6.4}
    ]}"#,
    );
    assert!(merge_actuals(&mut set, &file.value).is_empty());
    let years = |i: usize| -> Vec<i32> {
        set.plans[0].indicators[i]
            .actuals
            .iter()
            .map(|a| a.year)
            .collect()
    };
    assert_eq!(years(0), [2023, 2024]);
    assert_eq!(years(1), Vec::<i32>::new());
    // By key both; by id only its own.
    assert_eq!(years(2), [2024, 2025]);
}

#[test]
fn actuals_file_not_json() {
    let l = load_actuals("nope");
    assert!(l.has_errors() && l.value.actuals.is_empty());
}

#[test]
fn too_many_targets_skip_the_indicator() {
    let many: Vec<String> = (0..101)
        .map(|i| format!(r#"{{"year": {}, "op": ">=", "value": 1}}"#, 2000 + i % 50))
        .collect();
    let l = load_plan_set(&plan_with(&format!(
        r#"{{"id": "c", "name": "n", "targets": [{}]}}"#,
        many.join(",")
    )));
    assert_eq!(l.value.plans[0].indicators.len(), 2);
    assert!(l
        .diagnostics
        .iter()
        .any(|d| d.path == "plans[0].indicators[2].targets"));
}

#[test]
fn targets_and_actuals_come_out_in_year_order() {
    let l = load_plan_set(&plan_with(
        r#"{"id": "c", "name": "n", "targets": [{"year": 2025, "op": ">=", "value": 3}, {"year": 2022, "op": ">=", "value": 1}, {"year": 2023, "op": ">=", "value": 2}],
           "actuals": [{"year": 2024, "value": 4}, {"year": 2021, "value": 1}, {"year": 2022, "value": 2}]}"#,
    ));
    let ind = &l.value.plans[0].indicators[2];
    assert_eq!(
        ind.targets.iter().map(|t| t.year).collect::<Vec<_>>(),
        [2022, 2023, 2025]
    );
    assert_eq!(
        ind.actuals.iter().map(|a| a.year).collect::<Vec<_>>(),
        [2021, 2022, 2024]
    );
}
