//! `planmeter render`: each widget as markup, `--page` as a whole no-JS document, and bad
//! data or a wrong id as the widget's error box on stdout with exit code 1.

use std::process::{Command, Output};

const PLANS: &str = r#"{"version": 1, "plans": [{
  "id": "demo", "title": "示例规划", "region": "某市", "level": "city", "period": [2021, 2025],
  "indicators": [
    {"id": "hv", "name": "每万人口高价值发明专利拥有量", "key": "high_value_invention_patents_per_10k",
     "category": "creation", "unit": "件", "attribute": "预期性",
     "baseline": {"year": 2020, "value": 4.37},
     "targets": [{"year": 2025, "op": ">=", "value": 6}],
     "actuals": [{"year": 2023, "value": 5.2, "note": "示例数据"}]},
    {"id": "agency", "name": "<b>专利代理机构</b>", "category": "service",
     "baseline": {"year": 2020, "value": 4},
     "targets": [{"year": 2025, "op": "range", "value": 8, "high": 10}],
     "actuals": []}
  ]}]}"#;

const ACTUALS: &str = r#"{"version": 1, "actuals": [
  {"plan": "demo", "indicator": "agency", "year": 2024, "value": 12000}]}"#;

fn write_temp(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("planmeter-view-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_planmeter"))
        .arg("render")
        .args(args)
        .output()
        .unwrap();
    (
        status.code(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

#[test]
fn renders_each_widget() {
    let src = write_temp("plans-a.json", PLANS);
    let acts = write_temp("actuals.json", ACTUALS);

    let (code, out, _) = run(&["--src", &src, "--widget", "table", "--actuals", &acts]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("<div class=\"pm-root pm-table pm-static\""));
    assert!(out.contains("&lt;b&gt;专利代理机构&lt;/b&gt;") && !out.contains("<b>"));
    assert!(
        out.contains("1.2万") && out.contains("2024年"),
        "merged actual shown"
    );
    assert_eq!(out.matches("<tr class=\"pm-row\"").count(), 2);

    let (_, out, _) = run(&[
        "--src",
        &src,
        "--widget",
        "table",
        "--filter",
        "category=service",
        "--lang",
        "zh-Hant",
    ]);
    assert_eq!(out.matches("<tr class=\"pm-row\"").count(), 1);
    assert!(out.contains("顯示 1 / 2 項"));

    let (_, out, _) = run(&[
        "--src",
        &src,
        "--widget",
        "table",
        "--filter",
        "sort=baseline",
    ]);
    assert!(
        out.find("data-pm-row=\"1\"") < out.find("data-pm-row=\"0\""),
        "sorted"
    );

    let (code, out, _) = run(&[
        "--src",
        &src,
        "--widget",
        "gauge",
        "--plan",
        "demo",
        "--indicator",
        "hv",
    ]);
    assert_eq!(code, Some(0));
    assert!(out.contains("role=\"meter\"") && out.contains("示例数据"));

    let args = [
        "--src",
        &src,
        "--widget",
        "gauge",
        "--plan",
        "demo",
        "--indicator",
        "high_value_invention_patents_per_10k",
        "--actual",
        "5.9",
        "--year",
        "2024",
    ];
    let (code, out, _) = run(&args);
    assert_eq!(code, Some(0));
    assert!(out.contains("5.9件") && !out.contains("示例数据"));

    let (code, out, _) = run(&[
        "--src",
        &src,
        "--widget",
        "compare",
        "--key",
        "high_value_invention_patents_per_10k",
    ]);
    assert_eq!(code, Some(0));
    assert!(out.contains("pm-compare") && out.contains("某市"));
}

#[test]
fn page_is_a_whole_document() {
    let src = write_temp("plans-b.json", PLANS);
    let (code, out, _) = run(&["--src", &src, "--widget", "table", "--page"]);
    assert_eq!(code, Some(0));
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert!(out.contains("<link rel=\"stylesheet\" href=\"planmeter.css\">"));
    assert!(out.contains("<table class=\"pm-t\">") && out.trim_end().ends_with("</html>"));
    assert!(!out.contains("<script") && !out.contains("style="));
}

#[test]
fn errors_become_the_error_box_and_exit_1() {
    let src = write_temp("plans-c.json", PLANS);
    let (code, out, err) = run(&[
        "--src",
        &src,
        "--widget",
        "gauge",
        "--plan",
        "zibo-ip-2021-2025",
        "--indicator",
        "hv",
    ]);
    assert_eq!(code, Some(1));
    assert!(out.contains("role=\"alert\"") && out.contains("找不到规划 zibo-ip-2021-2025"));
    assert!(err.contains("找不到规划"));

    let (code, out, _) = run(&[
        "--src",
        &src,
        "--widget",
        "gauge",
        "--plan",
        "demo",
        "--indicator",
        "nope",
    ]);
    assert_eq!(code, Some(1));
    assert!(out.contains("找不到指标 nope"));

    let bad = write_temp(
        "bad.json",
        &PLANS.replace("\"value\": 6", "\"value\": \"abc\""),
    );
    let (code, out, err) = run(&["--src", &bad, "--widget", "table", "--page"]);
    assert_eq!(code, Some(1));
    assert!(out.starts_with("<!DOCTYPE html>") && out.contains("pm-error"));
    assert!(
        out.contains("plans[0].indicators[0].targets[0].value"),
        "path shown"
    );
    assert!(err.contains("targets[0].value"));

    let (code, _, err) = run(&["--src", &src, "--widget", "pie"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("--widget"));
    let (code, _, _) = run(&[
        "--src",
        &src,
        "--widget",
        "gauge",
        "--plan",
        "demo",
        "--indicator",
        "hv",
        "--actual",
        "x",
    ]);
    assert_eq!(code, Some(1));
}
