//! Per-seed parse snapshots: `tests/snapshots/parse/<seed>.txt`, one readable line per
//! indicator. Invariants are checked first (quotes exact at their offsets, baseline year
//! before every target year, unique ids); then the snapshot is compared.
//!
//! Regenerate after an intended change (and review the diff in git):
//!
//! ```text
//! UPDATE_SNAPSHOTS=1 cargo test --test parse_snapshots
//! ```
//!
//! Without the switch a mismatch fails with a line diff.

use planmeter::{parse, Indicator, Parsed};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn num(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn targets(ind: &Indicator) -> String {
    let ts: Vec<String> = ind
        .targets
        .iter()
        .map(|t| {
            let v = t.value.map_or("?".into(), num);
            match t.high {
                Some(h) => format!("{v}~{}@{}", num(h), t.year),
                None => format!("{}{v}@{}", t.op.as_str(), t.year),
            }
        })
        .collect();
    ts.join(" ")
}

fn flags(ind: &Indicator) -> String {
    let mut f = Vec::new();
    if let Some(g) = &ind.growth {
        f.push(format!(
            "growth{}{}%",
            g.op.as_str(),
            num(g.annual_rate_pct)
        ));
    }
    if ind.cumulative {
        f.push("cumulative".into());
    }
    if ind.per_year {
        f.push("per_year".into());
    }
    if let Some(a) = ind.attribute {
        f.push(a.as_str().into());
    }
    f.join(",")
}

/// The readable snapshot of one parse.
fn render(p: &Parsed) -> String {
    let plan = &p.plan;
    let mut s = String::new();
    let opt = |o: &Option<String>| o.clone().unwrap_or("-".into());
    let _ = writeln!(s, "title: {}", plan.title);
    let _ = writeln!(s, "region: {} ({})", plan.region, plan.level.as_str());
    let _ = writeln!(s, "issuer: {}", opt(&plan.issuer));
    let _ = writeln!(s, "doc_number: {}", opt(&plan.doc_number));
    let _ = writeln!(s, "issued: {}", opt(&plan.issued));
    let period = plan.period.map_or("-".into(), |(a, b)| format!("{a}-{b}"));
    let _ = writeln!(s, "period: {period}");
    let _ = writeln!(s, "indicators: {}", plan.indicators.len());
    for ind in &plan.indicators {
        let base = ind
            .baseline
            .as_ref()
            .map_or("-".into(), |b| format!("{}:{}", b.year, num(b.value)));
        let (kind, quote, offset) = ind.source.as_ref().map_or(("-", String::new(), 0), |x| {
            (x.kind.as_str(), x.quote.replace('\n', "⏎"), x.offset)
        });
        let _ = writeln!(
            s,
            "{} | {} | {} | {} | unit={} | base={} | {} | {kind}@{offset} «{quote}»",
            ind.id,
            ind.name,
            ind.key.clone().unwrap_or("-".into()),
            targets(ind),
            ind.unit.clone().unwrap_or("-".into()),
            base,
            flags(ind),
        );
    }
    let _ = writeln!(s, "diagnostics: {}", p.diagnostics.len());
    for d in &p.diagnostics {
        let _ = writeln!(s, "{d}");
    }
    s
}

fn check_invariants(name: &str, text: &str, p: &Parsed) {
    let chars: Vec<char> = text.chars().collect();
    let mut ids = BTreeSet::new();
    for ind in &p.plan.indicators {
        assert!(ids.insert(&ind.id), "{name}: duplicate id {}", ind.id);
        let src = ind
            .source
            .as_ref()
            .expect("parsed indicators have a source");
        let got: String = chars
            .iter()
            .skip(src.offset)
            .take(src.quote.chars().count())
            .collect();
        assert_eq!(got, src.quote, "{name}: {}: quote not at offset", ind.id);
        if let Some(b) = &ind.baseline {
            for t in &ind.targets {
                assert!(
                    b.year < t.year,
                    "{name}: {}: baseline year {} >= target year {}",
                    ind.id,
                    b.year,
                    t.year
                );
            }
        }
        assert!(
            !ind.targets.is_empty() || ind.growth.is_some(),
            "{name}: {} has no target",
            ind.id
        );
    }
}

fn diff(want: &str, got: &str) -> String {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    for i in 0..w.len().max(g.len()) {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => {
                let _ = writeln!(
                    out,
                    "line {}:\n  - {}\n  + {}",
                    i + 1,
                    a.unwrap_or(&""),
                    b.unwrap_or(&"")
                );
            }
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn seed_paths() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

fn snapshot_path(seed: &Path) -> PathBuf {
    let stem = seed
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into());
    root()
        .join("tests/snapshots/parse")
        .join(format!("{stem}.txt"))
}

#[test]
fn seed_snapshots() {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let mut failures = String::new();
    let seeds = seed_paths();
    assert!(!seeds.is_empty(), "no seeds found");
    for seed in seeds {
        let name = seed
            .file_name()
            .map_or(String::new(), |s| s.to_string_lossy().into());
        let text = std::fs::read_to_string(&seed).expect("seed readable");
        let parsed = parse(&text);
        check_invariants(&name, &text, &parsed);
        let got = render(&parsed);
        let path = snapshot_path(&seed);
        if update {
            std::fs::create_dir_all(path.parent().expect("has parent")).expect("mkdir");
            std::fs::write(&path, &got).expect("write snapshot");
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(want) if want == got => {}
            Ok(want) => {
                let _ = writeln!(failures, "{name}: snapshot differs\n{}", diff(&want, &got));
            }
            Err(_) => {
                let _ = writeln!(
                    failures,
                    "{name}: no snapshot at {} (run with UPDATE_SNAPSHOTS=1)",
                    path.display()
                );
            }
        }
    }
    assert!(failures.is_empty(), "{failures}");
}
