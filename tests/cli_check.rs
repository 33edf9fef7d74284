//! `planmeter check` and `assess` on a PlanSet with one broken value: exit 1, the JSON path
//! is named, and the other indicators still load and are assessed.

use std::process::Command;

const BROKEN: &str = r#"{"version": 1, "plans": [{
  "id": "demo", "title": "示例规划", "region": "某市", "level": "city", "period": [2021, 2025],
  "indicators": [
    {"id": "ok1", "name": "每万人口高价值发明专利拥有量", "category": "creation", "unit": "件",
     "baseline": {"year": 2020, "value": 4.37},
     "targets": [{"year": 2025, "op": ">=", "value": 6}],
     "actuals": [{"year": 2023, "value": 5.2, "note": null}]},
    {"id": "bad", "name": "坏数据", "targets": [{"year": 2025, "op": ">=", "value": "abc"}],
     "actuals": [{"year": 2023, "value": 1, "note": null}]},
    {"id": "ok2", "name": "专利代理机构", "category": "service",
     "baseline": {"year": 2020, "value": 4},
     "targets": [{"year": 2025, "op": "range", "value": 8, "high": 10}],
     "actuals": [{"year": 2023, "value": 9, "note": null}]}
  ]}]}"#;

fn write_temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("planmeter-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_planmeter"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn check_reports_path_and_exits_1() {
    let p = write_temp("broken.json", BROKEN);
    let out = run(&["check", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(r#"plans[0].indicators[1].targets[0].value: expected a number, got "abc""#),
        "{err}"
    );
    assert!(err.contains("1 plans, 2 indicators loaded"), "{err}");
}

#[test]
fn check_passes_on_good_data() {
    let good = BROKEN.replace(r#""value": "abc""#, r#""value": 3"#);
    let p = write_temp("good.json", &good);
    let out = run(&["check", p.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn assess_still_reports_the_good_indicators() {
    let p = write_temp("broken2.json", BROKEN);
    let out = run(&["assess", "--src", p.to_str().unwrap()]);
    assert!(out.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<_> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["indicator"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["ok1", "ok2"]);
    assert_eq!(rows[0]["plan"], "demo");
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let out = run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown command"));
    let out = run(&["check", "/nonexistent/x.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));
    let out = run(&["--help"]);
    assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("USAGE"));
}
