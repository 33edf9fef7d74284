//! `planmeter assess` end to end: a PlanSet file in, assessments (JSON) out.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

const PLANS: &str = r#"{"version": 1, "plans": [{
  "id": "demo-2021-2025", "title": "示例知识产权规划", "region": "示例市", "level": "city",
  "period": [2021, 2025],
  "indicators": [
    {"id": "patents_per_10k", "name": "每万人口发明专利拥有量", "category": "creation",
     "unit": "件", "baseline": {"year": 2020, "value": 4.37},
     "targets": [{"year": 2025, "op": ">=", "value": 6}],
     "actuals": [{"year": 2022, "value": 4.9}, {"year": 2023, "value": 5.2}]},
    {"id": "pledge", "name": "知识产权质押融资金额", "category": "utilization", "unit": "亿元",
     "cumulative": true, "baseline": {"year": 2020, "value": 0},
     "targets": [{"year": 2025, "op": ">=", "value": 100}],
     "actuals": [{"year": 2021, "value": 20}, {"year": 2022, "value": 25}, {"year": 2023, "value": 15}]},
    {"id": "no_actuals", "name": "无监测值", "category": "other",
     "baseline": {"year": 2020, "value": 1}, "targets": [{"year": 2025, "op": ">=", "value": 2}]}
  ]}]}"#;

/// A fresh file in a directory of its own under the system temp dir.
fn write_temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("planmeter-cli-assess-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

/// Runs `assess` on [`PLANS`] written to `file` (one file per test: tests run in parallel).
fn run_assess(file: &str, extra: &[&str]) -> Vec<Value> {
    let src = write_temp(file, PLANS);
    let out = Command::new(env!("CARGO_BIN_EXE_planmeter"))
        .arg("assess")
        .arg("--src")
        .arg(&src)
        .args(extra)
        .output()
        .expect("run planmeter");
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    v.as_array().expect("an array of rows").clone()
}

fn row<'a>(rows: &'a [Value], id: &str) -> &'a Value {
    rows.iter()
        .find(|r| r["indicator"] == id)
        .unwrap_or_else(|| panic!("no row for {id} in {rows:?}"))
}

#[test]
fn worked_example_through_the_cli() {
    let rows = run_assess("worked.json", &[]);
    // The indicator without actuals is not assessed.
    assert_eq!(rows.len(), 2, "{rows:?}");
    let r = row(&rows, "patents_per_10k");
    assert_eq!(r["plan"], "demo-2021-2025");
    let a = &r["assessment"];
    assert_eq!(a["status"], "moderate");
    assert_eq!(a["progress"], 0.509);
    assert_eq!(a["time_elapsed"], 0.6);
    assert_eq!(a["on_schedule"], false);
    assert_eq!(a["cagr_actual"], 0.0597);
    assert_eq!(a["cagr_required"], 0.0655);
    assert_eq!(a["growth_ratio"], 0.91);
    assert_eq!(a["still_needed_cagr"], 0.0742);
    assert_eq!(a["target"]["year"], 2025);
    assert_eq!(a["target"]["op"], ">=");
    assert!(
        a["reason"].as_str().is_some_and(|s| s.contains("91%")),
        "{a}"
    );
}

#[test]
fn year_option_and_cumulative_through_the_cli() {
    let rows = run_assess("year.json", &["--year", "2022"]);
    let a = &row(&rows, "patents_per_10k")["assessment"];
    assert_eq!(a["time_elapsed"], 0.4);
    // (4.9 − 4.37) / 1.63
    assert_eq!(a["progress"], 0.325);
    // 累计: 20 + 25 of 100 after 2 of 5 years.
    let c = &row(&rows, "pledge")["assessment"];
    assert_eq!(c["progress"], 0.45);
    assert_eq!(c["status"], "on_track");
    assert_eq!(c["cagr_actual"], Value::Null);
}
