//! Phrase specs: small inputs and the indicators the parser must extract from them.
//!
//! Every `tests/specs/*.txt` file holds blocks separated by blank lines:
//!
//! ```text
//! # a comment
//! >>> 到2025年，全省有效发明专利拥有量达到3.5万件。
//! - name=有效发明专利拥有量 op=>= value=3.5 unit=万件 year=2025
//! ```
//!
//! * `>>> TEXT` is a one-line input. A bare `>>>` starts a multi-line input (tables,
//!   sections) that runs up to a line `---`.
//! * Each `- key=value …` line expects one indicator, in document order; the number of
//!   lines is the number of indicators expected. `(none)` expects no indicator.
//! * Keys: `name`, `op`, `value`, `high`, `year` (first target; comma lists such as
//!   `year=2023,2025 value=8,10` check every target), `unit`, `growth=RATE:OP`,
//!   `baseline=YEAR:VALUE`, `cumulative`, `per_year`, `attribute`, `kind`, `count`
//!   (number of targets). `-` means null / none. Keys not given are not checked.
//! * `@header TEXT` (on its own line, outside blocks) replaces the text put before every
//!   following input (by default a title giving the period 2021–2025); `@header` alone
//!   puts nothing before the inputs.
//!
//! Every failing case is reported with its file and line number.

use planmeter::{parse, Indicator};
use std::fmt::Write as _;

const DEFAULT_HEADER: &str = "某市知识产权“十四五”规划\n\n";

struct Case {
    file: String,
    line: usize,
    header: String,
    input: String,
    expect: Vec<(usize, Vec<(String, String)>)>,
}

fn load_cases() -> Vec<Case> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/specs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("spec file readable");
        let file = path
            .file_name()
            .map_or(String::new(), |f| f.to_string_lossy().into());
        parse_spec_file(&file, &text, &mut cases);
    }
    cases
}

fn parse_spec_file(file: &str, text: &str, cases: &mut Vec<Case>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut header = DEFAULT_HEADER.to_string();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if let Some(h) = l.strip_prefix("@header") {
            let h = h.trim();
            header = if h.is_empty() {
                String::new()
            } else {
                format!("{h}\n\n")
            };
            i += 1;
            continue;
        }
        let Some(rest) = l.strip_prefix(">>>") else {
            i += 1;
            continue;
        };
        let line = i + 1;
        let input = if rest.trim().is_empty() {
            let mut body = Vec::new();
            i += 1;
            while i < lines.len() && lines[i] != "---" {
                body.push(lines[i]);
                i += 1;
            }
            body.join("\n")
        } else {
            rest.trim().to_string()
        };
        i += 1;
        let mut expect = Vec::new();
        while i < lines.len() && !lines[i].trim().is_empty() {
            let t = lines[i].trim();
            if let Some(e) = t.strip_prefix("- ") {
                let kv = e
                    .split_whitespace()
                    .filter_map(|p| p.split_once('='))
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect();
                expect.push((i + 1, kv));
            }
            i += 1;
        }
        cases.push(Case {
            file: file.to_string(),
            line,
            header: header.clone(),
            input,
            expect,
        });
    }
}

fn fmt_num(v: Option<f64>) -> String {
    v.map_or("-".into(), |v| format!("{v}"))
}

fn actual(ind: &Indicator, key: &str) -> String {
    let list = |f: &dyn Fn(&planmeter::Target) -> String| {
        ind.targets.iter().map(f).collect::<Vec<_>>().join(",")
    };
    let or_dash = |s: String| if s.is_empty() { "-".to_string() } else { s };
    match key {
        "name" => ind.name.clone(),
        "op" => or_dash(list(&|t| t.op.as_str().to_string())),
        "value" => or_dash(list(&|t| fmt_num(t.value))),
        "high" => or_dash(list(&|t| fmt_num(t.high))),
        "year" => or_dash(list(&|t| t.year.to_string())),
        "count" => ind.targets.len().to_string(),
        "unit" => ind.unit.clone().unwrap_or("-".into()),
        "growth" => ind.growth.as_ref().map_or("-".into(), |g| {
            format!("{}:{}", g.annual_rate_pct, g.op.as_str())
        }),
        "baseline" => ind
            .baseline
            .as_ref()
            .map_or("-".into(), |b| format!("{}:{}", b.year, b.value)),
        "cumulative" => ind.cumulative.to_string(),
        "per_year" => ind.per_year.to_string(),
        "attribute" => ind.attribute.map_or("-".into(), |a| a.as_str().to_string()),
        "kind" => ind
            .source
            .as_ref()
            .map_or("-".into(), |s| s.kind.as_str().to_string()),
        other => format!("<unknown key {other}>"),
    }
}

/// Compares expected values; numbers compare as numbers (3.50 == 3.5).
fn same(expected: &str, got: &str) -> bool {
    if expected == got {
        return true;
    }
    let e: Vec<&str> = expected.split(',').collect();
    let g: Vec<&str> = got.split(',').collect();
    e.len() == g.len()
        && e.iter().zip(&g).all(|(a, b)| {
            a == b
                || matches!((a.parse::<f64>(), b.parse::<f64>()), (Ok(x), Ok(y)) if (x - y).abs() < 1e-9)
        })
}

fn check(case: &Case) -> Result<(), String> {
    let text = format!("{}{}", case.header, case.input);
    let parsed = parse(&text);
    let inds = &parsed.plan.indicators;
    let mut errs = String::new();
    for ind in inds {
        if let Some(s) = &ind.source {
            let got: String = text
                .chars()
                .skip(s.offset)
                .take(s.quote.chars().count())
                .collect();
            if got != s.quote {
                let _ = writeln!(errs, "    quote «{}» not at offset {}", s.quote, s.offset);
            }
        }
    }
    if inds.len() != case.expect.len() {
        let names: Vec<String> = inds
            .iter()
            .map(|i| format!("{} {}", i.name, actual(i, "value")))
            .collect();
        let _ = writeln!(
            errs,
            "    expected {} indicator(s), got {}: {:?}",
            case.expect.len(),
            inds.len(),
            names
        );
    }
    for (k, (line, kv)) in case.expect.iter().enumerate() {
        let Some(ind) = inds.get(k) else { break };
        for (key, want) in kv {
            let got = actual(ind, key);
            if !same(want, &got) {
                let _ = writeln!(errs, "    line {line}: {key}: want {want}, got {got}");
            }
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs)
    }
}

#[test]
fn phrase_specs() {
    let cases = load_cases();
    assert!(
        cases.len() >= 80,
        "expected at least 80 spec cases, found {}",
        cases.len()
    );
    let mut failures = String::new();
    let mut n = 0;
    for case in &cases {
        if let Err(e) = check(case) {
            n += 1;
            let first = case.input.lines().next().unwrap_or("");
            let _ = writeln!(failures, "{}:{}: {}\n{}", case.file, case.line, first, e);
        }
    }
    assert!(
        n == 0,
        "{n} of {} spec cases failed:\n{failures}",
        cases.len()
    );
}
