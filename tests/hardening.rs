//! Hardening: big and pathological inputs stay fast (no quadratic paths), deep JSON is
//! rejected without a stack overflow, hostile text in every data field stays text, the CLI
//! survives binary and empty files, and every crash the fuzzers found is replayed.
//!
//! Timing bounds are loose in debug builds (what `cargo test` runs) and tight in release
//! (`cargo test --release --test hardening`); the scaling tests compare two sizes so that
//! they catch quadratic behaviour in either build.

use planmeter::json;
use planmeter::view::{self, Filter, GaugeSpec, Lang, TableModel, ViewError};
use planmeter::{load_actuals, load_plan_set, merge_actuals, parse, Parsed, PlanSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// The markup checker, shared with the `render` fuzz target.
#[path = "../fuzz/src/markup.rs"]
mod markup;
use markup::{unsafe_markup, visible_text};

const MB: usize = 1 << 20;

/// Whether this is an optimised build (bounds are tight only there).
const RELEASE: bool = !cfg!(debug_assertions);

// ---------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("seed text is UTF-8"))
        .collect();
    assert!(texts.len() >= 5, "expected the five seed texts");
    texts
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let out = f();
    (out, t.elapsed())
}

/// The parse invariants the fuzz target checks: each quote is the text at its offset
/// (code points), each diagnostic span is inside the text.
fn check_parse(text: &str, parsed: &Parsed) {
    let chars: Vec<char> = text.chars().collect();
    for ind in &parsed.plan.indicators {
        let Some(src) = &ind.source else { continue };
        let end = src.offset + src.quote.chars().count();
        assert!(
            end <= chars.len(),
            "indicator {:?}: quote {:?} at {} runs past the end of the text",
            ind.id,
            src.quote,
            src.offset
        );
        let at: String = chars[src.offset..end].iter().collect();
        assert_eq!(
            at, src.quote,
            "indicator {:?}: quote is not at its offset",
            ind.id
        );
    }
    for d in &parsed.diagnostics {
        if let Some((s, e)) = d.span {
            assert!(
                s <= e && e <= chars.len(),
                "span {s}..{e} outside the text: {d}"
            );
        }
    }
    check_parse_loads(parsed);
}

/// What the parser extracts is valid data: its JSON loads without errors (unique ids,
/// finite numbers, years in range) and unchanged. Empty plan id/title/region are filled
/// first: a text need not name them (the CLI then takes the file name).
fn check_parse_loads(parsed: &Parsed) {
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
    let json = serde_json::to_string(&set).expect("parse result serialises");
    let loaded = load_plan_set(&json);
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "parser output does not load: {errors:?}");
    assert_eq!(loaded.value, set, "parser output changes when loaded");
}

/// Parses and checks invariants; returns the time the parse took.
fn parse_timed(text: &str) -> Duration {
    let (parsed, t) = timed(|| parse(text));
    check_parse(text, &parsed);
    t
}

/// Generated plan text of at least `bytes` bytes: the seed texts interleaved with
/// indicator sentences, 专栏 boxes and one-cell-per-line tables that vary by block, so
/// the parser sees many distinct indicators, not one text repeated.
fn big_plan_text(bytes: usize) -> String {
    let seeds = seeds();
    let mut s = String::with_capacity(bytes + 64 * 1024);
    let mut i = 0usize;
    while s.len() < bytes {
        s.push_str(&seeds[i % seeds.len()]);
        s.push('\n');
        push_generated_block(&mut s, i);
        i += 1;
    }
    s
}

fn push_generated_block(s: &mut String, i: usize) {
    let n = i % 97;
    let y = 2021 + (i % 5);
    s.push_str(&format!(
        "到{y}年，全市每万人口发明专利拥有量达到{}.{}件，有效注册商标总量超过{}万件，\
         专利质押融资额年均增长{}%以上，地理标志产品实现零突破，\
         培育知识产权示范企业{}家—{}家，累计新增高价值发明专利{}件，每年举办培训{}场以上。\n",
        5 + n % 20,
        n % 10,
        8 + n % 50,
        5 + n % 15,
        n,
        n + 3,
        100 + n * 7,
        n % 9 + 1
    ));
    s.push_str(&format!(
        "专栏{}  知识产权强企工程\n到{y}年，新增国家知识产权优势企业{}家、示范企业{}家和贯标企业{}家。\n",
        i % 12 + 1,
        n + 1,
        n + 2,
        n + 3
    ));
    s.push_str("表1  “十四五”知识产权发展主要指标\n序号\n指标\n单位\n2020年\n2025年\n属性\n");
    for r in 0..6 {
        s.push_str(&format!(
            "{}\n第{}类知识产权指标{}\n件\n{}\n{}\n{}\n",
            r + 1,
            i,
            r,
            1000 + r * 17 + n,
            2000 + r * 31 + n,
            if r % 2 == 0 { "预期性" } else { "约束性" }
        ));
    }
    s.push('\n');
}

// ---------------------------------------------------------------------------------------
// Parser: size and pathological inputs
// ---------------------------------------------------------------------------------------

#[test]
fn seed_texts_keep_the_parse_invariants() {
    for text in seeds() {
        check_parse(&text, &parse(&text));
    }
}

/// Timing tests take this lock so that they do not run in parallel with each other.
static TIMING: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn timing_lock() -> std::sync::MutexGuard<'static, ()> {
    TIMING.lock().unwrap_or_else(|e| e.into_inner())
}

/// How long `parse` takes on `text`, measured in a child process (this test binary running
/// [`parse_worker`]) that is killed after `limit`: a hung parse must not keep burning CPU
/// under the next measurement, as a leaked thread would. The child also checks the parse
/// invariants.
fn parse_in_child(text: &str, limit: Duration) -> Result<Duration, String> {
    static SEQ: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = tmp_file(&format!("parse-{n}.txt"), text.as_bytes());
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut child = Command::new(exe)
        .args(["parse_worker", "--exact", "--ignored", "--nocapture"])
        .args(["--test-threads", "1"])
        .env("HARDENING_PARSE_FILE", &path)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run the parse worker: {e}"))?;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Ok(st),
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!("no result within {limit:.2?} (killed)"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => break Err(format!("wait failed: {e}")),
        }
    };
    let _ = std::fs::remove_file(&path);
    let mut out = String::new();
    if let Some(mut so) = child.stdout.take() {
        let _ = std::io::Read::read_to_string(&mut so, &mut out);
    }
    if !status?.success() {
        return Err("the parse panicked or broke an invariant".into());
    }
    // libtest prints "test parse_worker ... " before the worker's own line.
    out.split("PARSE_NS=")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse::<u64>().ok())
        .map(Duration::from_nanos)
        .ok_or_else(|| format!("no timing from the worker: {out}"))
}

/// The child side of [`parse_in_child`]: parses `$HARDENING_PARSE_FILE`, prints the time.
#[test]
#[ignore = "helper, not a test: the timing tests run it as a child process"]
fn parse_worker() {
    let Ok(path) = std::env::var("HARDENING_PARSE_FILE") else {
        return;
    };
    let text = std::fs::read_to_string(path).expect("worker input");
    let (parsed, t) = timed(|| parse(&text));
    println!("PARSE_NS={}", t.as_nanos());
    check_parse(&text, &parsed);
}

/// A way to time one parse with a time limit.
type Runner = dyn Fn(&str, Duration) -> Result<Duration, String>;

/// Times `make(n)` and `make(scale·n)`; `Err` when the bigger one is not linear in time
/// (ratio above `max_ratio`) or takes more than `per_mb` seconds per MB.
fn check_scaling(
    run: &Runner,
    make: &dyn Fn(usize) -> String,
    (n, scale): (usize, usize),
    max_ratio: f64,
    per_mb: f64,
) -> Result<String, String> {
    let small = make(n);
    let big = make(n * scale);
    let mb = big.len() as f64 / MB as f64;
    let budget = Duration::from_secs_f64((per_mb * mb).max(0.2));
    // The watchdog allows 3× the budget so that a slow-but-finite parse is reported with
    // its real time. A failing verdict is measured again (best of up to five): one
    // hiccup on a busy machine must not make a linear parse look superlinear.
    let limit = budget * 3;
    // The small input's time counts as at least 20 ms: a few milliseconds of scheduling
    // noise on a busy machine would otherwise make a 10 ms parse look superlinear. (A
    // quadratic parse still fails: ×scale² on top of 20 ms.)
    let ratio_of = |t1: Duration, t2: Duration| t2.as_secs_f64() / t1.as_secs_f64().max(0.02);
    let linear = |t1: Duration, t2: Duration| {
        ratio_of(t1, t2) <= max_ratio || t2 < Duration::from_millis(100)
    };
    let (mut t1, mut t2) = (run(&small, limit)?, run(&big, limit)?);
    for _ in 0..4 {
        if linear(t1, t2) && t2 <= budget {
            break;
        }
        t1 = t1.min(run(&small, limit)?);
        t2 = t2.min(run(&big, limit)?);
    }
    let ratio = ratio_of(t1, t2);
    let line = format!(
        "{mb:.2} MB in {t2:.2?}, 1/{scale} of it in {t1:.2?} (×{scale} input: ×{ratio:.1} time)"
    );
    if !linear(t1, t2) {
        return Err(format!("{line}: superlinear"));
    }
    if t2 > budget {
        return Err(format!("{line}: over the budget of {budget:.2?}"));
    }
    Ok(line)
}

#[test]
fn big_plan_text_parses_fast_and_linearly() {
    let _lock = timing_lock();
    // Release: 1 MB vs 10 MB, and 10 MB under a second (SPEC §8 parse_mb_per_s).
    // Debug (plain `cargo test`): 128 KB vs 1.25 MB, the same linearity bound.
    let n = if RELEASE { MB } else { MB / 8 };
    let per_mb = if RELEASE { 0.1 } else { 5.0 };
    match check_scaling(&parse_in_child, &big_plan_text, (n, 10), 15.0, per_mb) {
        Ok(line) => eprintln!("plan text: {line}"),
        Err(e) => panic!("plan text: {e}"),
    }
}

/// The five seed texts, concatenated and repeated to at least `bytes` bytes: a long text
/// that restates the same indicators (and the same conflicts) many times.
fn repeated_seeds(bytes: usize) -> String {
    let once = seeds().join("\n");
    once.repeat(bytes.div_ceil(once.len()).max(1))
}

/// 10 MB of real plan text parses in under a second (release; debug: 1.25 MB, 5 s a MB).
#[test]
fn ten_mb_of_seed_texts_parse_in_a_second() {
    let _lock = timing_lock();
    let bytes = if RELEASE { 10 * MB } else { MB + MB / 4 };
    let budget = Duration::from_secs_f64(if RELEASE { 1.0 } else { 6.25 });
    let text = repeated_seeds(bytes);
    let mut t = parse_in_child(&text, budget * 3).unwrap_or_else(|e| panic!("{e}"));
    // Best of two: one hiccup on a busy machine must not fail a fast parser.
    if t > budget {
        t = t.min(parse_in_child(&text, budget * 3).unwrap_or_else(|e| panic!("{e}")));
    }
    let mb = text.len() as f64 / MB as f64;
    eprintln!("seed texts: {mb:.2} MB in {t:.2?}");
    assert!(t <= budget, "{mb:.2} MB took {t:.2?} (budget {budget:.2?})");
}

/// A text restated many times gets each warning once per place, not once per pair of
/// places: no two diagnostics are alike, and twice the text has about twice as many.
#[test]
fn repeated_text_gets_no_duplicate_warnings() {
    let once = seeds().join("\n");
    let count = |copies: usize| {
        let parsed = parse(&once.repeat(copies));
        let mut seen: Vec<String> = parsed
            .diagnostics
            .iter()
            .map(|d| format!("{d:?}"))
            .collect();
        let n = seen.len();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), n, "{copies} copies: duplicate diagnostics");
        n
    };
    let (four, eight) = (count(4), count(8));
    assert!(
        four > 0,
        "the seeds restate indicators with different values"
    );
    assert!(
        eight <= 2 * four + 4,
        "4 copies: {four} diagnostics, 8 copies: {eight} (quadratic?)"
    );
}

/// Makes a text of about the given size.
type Gen = Box<dyn Fn(usize) -> String>;

/// Inputs built to hit quadratic paths, each about `unit` bytes (5·`unit` for the long
/// line): long runs of one character, huge lines, many markers, deep nesting.
/// `s` repeated to about `n` bytes.
fn run(s: &'static str) -> Gen {
    Box::new(move |n| s.repeat((n / s.len()).max(1)))
}

/// A target sentence inside `open`…`close` nested about `n / 2` bytes deep.
fn nest(open: &'static str, close: &'static str) -> Gen {
    Box::new(move |n| {
        let k = n / 2 / open.len().max(close.len());
        format!("{}达到10件{}", open.repeat(k), close.repeat(k))
    })
}

fn pathological_texts() -> Vec<(&'static str, Gen)> {
    vec![
        ("run of 'a'", run("a")),
        ("run of '1.'", run("1.")),
        ("run of '1,000'", run("1,000")),
        ("run of '、'", run("、")),
        ("run of '年'", run("年")),
        ("run of '万'", run("万")),
        ("run of '%'", run("%")),
        ("run of '—'", run("—")),
        ("run of spaces", run(" ")),
        ("run of full-width spaces", run("\u{3000}")),
        ("run of U+FFFD", run("\u{fffd}")),
        ("blank lines", run("\n")),
        ("CRLF blank lines", run("\r\n")),
        ("table cells", run("指标\n件\n2020年\n预期性\n")),
        ("one 5 MB line of prose", {
            let s = "知识产权创造能力明显增强，培育一批高价值核心专利；";
            Box::new(move |n| s.repeat(5 * n / s.len()))
        }),
        ("专栏 markers", run("专栏1\n")),
        ("专栏 on one line", run("专栏")),
        ("达到 without numbers", run("达到")),
        ("年均增长", run("年均增长")),
        ("dates", run("2021年12月10日")),
        ("doc numbers", run("淄政办字〔2021〕")),
        ("open ( only", run("(")),
        ("open 《 only", run("《")),
        ("deep ( )", nest("(", ")")),
        ("deep （ ）", nest("（", "）")),
        ("deep 《 》", nest("《", "》")),
        ("deep “ ”", nest("“", "”")),
        ("deep 〔 〕", nest("〔", "〕")),
        ("deep [ ]", nest("[", "]")),
        ("deep \" \"", nest("\"", "\"")),
    ]
}

/// Inputs on which the parser was once superlinear (hardening, 2026-11-21): a digit run
/// never finished (`year_at` was tried at every position of a sentence and `arabic_at`
/// rescanned the whole run each time); one-cell lines, 分别达到 lists, ranges and one
/// long line slowed down in `prose::Scanner::clause` (each number token's `item`/`around`
/// scanned the token list, each target's year the sentence's years) and in the metadata
/// (the most frequent target year counted by a pass per year).
fn slow_texts() -> Vec<(&'static str, Gen)> {
    vec![
        ("run of '0' (one huge number)", run("0")),
        ("run of '2025' (one huge number)", run("2025")),
        ("年份 header cells on one line", run("年份|")),
        ("a word, then one huge number", {
            Box::new(move |n| format!("中{}", "0".repeat(n.saturating_sub(3))))
        }),
        ("one-cell lines", run("1\n")),
        ("分别达到 lists", run("分别达到1、2和")),
        ("ranges", run("8家—")),
        ("one long line", {
            let s = "到2025年发明专利拥有量达到10件，";
            Box::new(move |n| s.repeat(5 * n / s.len()))
        }),
        // Added in session 7 for the rules read around a name or a value: a body's name
        // repeated without a clause break (a look back for the clause before), past
        // values each after their own year (the year of each value), 每年…1次 routines.
        (
            "a body's name without clause breaks",
            run("调解组织达到1家"),
        ),
        ("past values after their years", {
            let s = "2020年全市专利1件";
            Box::new(move |n| format!("2023年，{}。", s.repeat(n / s.len())))
        }),
        ("每年…1次 runs", run("每年开展1次")),
        // Many past values with listed fields, then many targets looking them up.
        ("listed past values, then targets", {
            Box::new(move |n| {
                let past = "2020年，建成甲、乙中心2家。";
                let goal = "到2025年，丙中心达到5家。";
                format!(
                    "{}{}",
                    past.repeat(n / 2 / past.len()),
                    goal.repeat(n / 2 / goal.len())
                )
            })
        }),
    ]
}

/// Each text parses in linear time (release: at the full size; debug: at 1/32 of it,
/// with the same linearity bound). Each parse runs in a child process so that a hung
/// one is killed, not left running under the next measurement.
fn assert_all_linear(cases: Vec<(&'static str, Gen)>) {
    let _lock = timing_lock();
    let unit = if RELEASE { MB } else { MB / 32 };
    let per_mb = if RELEASE { 2.0 } else { 60.0 };
    let (mut ok, mut bad) = (Vec::new(), Vec::new());
    for (name, make) in cases {
        match check_scaling(&parse_in_child, &*make, (unit / 4, 4), 10.0, per_mb) {
            Ok(line) => ok.push(format!("  {name}: {line}")),
            Err(e) => bad.push(format!("  {name}: {e}")),
        }
    }
    eprintln!("linear:\n{}", ok.join("\n"));
    assert!(
        bad.is_empty(),
        "not linear or too slow (owner: parse):\n{}",
        bad.join("\n")
    );
}

/// 1 MB of one repeated character, 100k+ blank lines, 10k+ 专栏 markers, deep brackets
/// and quotes.
#[test]
fn pathological_texts_parse_in_linear_time() {
    assert_all_linear(pathological_texts());
}

/// Digit runs, one-cell lines, long clauses full of numbers, one 5 MB line.
#[test]
fn slow_texts_parse_in_linear_time() {
    assert_all_linear(slow_texts());
}

// ---------------------------------------------------------------------------------------
// JSON reader and loader
// ---------------------------------------------------------------------------------------

/// One indicator as JSON, varied by `i`.
fn indicator_json(i: usize) -> String {
    format!(
        r#"{{"id":"ind-{i}","name":"第{i}项 每万人口发明专利拥有量","key":"invention_patents_per_10k","category":"creation","unit":"件","baseline":{{"year":2020,"value":{b}}},"targets":[{{"year":2023,"op":">=","value":{t1},"high":null}},{{"year":2025,"op":">=","value":{t2},"high":null}}],"growth":null,"cumulative":false,"per_year":false,"attribute":"预期性","source":{{"kind":"prose","quote":"达到{t2}件","offset":{i}}},"actuals":[{{"year":2022,"value":{a},"note":"示例数据"}}]}}"#,
        b = 4.0 + (i % 7) as f64 / 10.0,
        t1 = 6 + i % 3,
        t2 = 10 + i % 5,
        a = 5.0 + (i % 11) as f64 / 10.0,
    )
}

fn plan_json(id: &str, indicators: impl Iterator<Item = String>) -> String {
    let inds: Vec<String> = indicators.collect();
    format!(
        r#"{{"id":"{id}","title":"{id}知识产权发展规划","region":"淄博市","level":"city","issuer":"淄博市人民政府办公室","doc_number":"淄政办字〔2021〕104号","issued":"2021-12-10","period":[2021,2025],"indicators":[{}]}}"#,
        inds.join(",")
    )
}

/// A PlanSet of about `bytes` bytes: `per_plan` indicators in each plan.
fn big_plan_set(bytes: usize, per_plan: usize) -> (String, usize) {
    let mut plans = Vec::new();
    let mut len = 0;
    let mut n = 0;
    while len < bytes {
        let p = plan_json(
            &format!("plan-{}", plans.len()),
            (n..n + per_plan).map(indicator_json),
        );
        n += per_plan;
        len += p.len() + 1;
        plans.push(p);
    }
    (
        format!(r#"{{"version":1,"plans":[{}]}}"#, plans.join(",")),
        n,
    )
}

fn load_budget(mb: f64) -> Duration {
    Duration::from_secs_f64(if RELEASE { 0.3 } else { 4.0 } * mb)
}

#[test]
fn ten_mb_plan_set_loads_in_reasonable_time() {
    let _lock = timing_lock();
    for per_plan in [20, 5_000] {
        let (text, n) = big_plan_set(10 * MB, per_plan);
        let (loaded, t) = timed(|| load_plan_set(&text));
        eprintln!(
            "load: {:.1} MB, {n} indicators ({per_plan} a plan) in {t:?}",
            text.len() as f64 / MB as f64
        );
        assert!(!loaded.has_errors(), "{:?}", &loaded.diagnostics[..1]);
        let got: usize = loaded.value.plans.iter().map(|p| p.indicators.len()).sum();
        assert_eq!(got, n);
        let budget = load_budget(text.len() as f64 / MB as f64);
        assert!(
            t < budget,
            "{per_plan} a plan: took {t:?} (budget {budget:?})"
        );
    }
}

/// Many tiny plans: the duplicate-id check must not compare every pair.
#[test]
fn many_small_plans_load_without_quadratic_id_checks() {
    let _lock = timing_lock();
    let make = |n: usize| {
        let plans: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"id":"p{i}","title":"t","region":"r","level":"city"}}"#))
            .collect();
        format!(r#"{{"version":1,"plans":[{}]}}"#, plans.join(","))
    };
    let (small, big) = (make(2_000), make(20_000));
    let (a, b) = (load_plan_set(&small), load_plan_set(&big));
    assert_eq!((a.value.plans.len(), b.value.plans.len()), (2_000, 20_000));
    let measure = || {
        let (_, t1) = timed(|| load_plan_set(&small));
        let (_, t10) = timed(|| load_plan_set(&big));
        (t1, t10)
    };
    assert_linear(
        "plans",
        &measure,
        "load.rs compares each plan id with every earlier one; a BTreeSet of seen ids fixes it",
    );
}

/// Whether `t_big` for 10× the input is linear enough: well under the quadratic 100×.
fn linear10(t1: Duration, t10: Duration) -> bool {
    t10.as_secs_f64() / t1.as_secs_f64().max(1e-4) < 25.0 || t10 < Duration::from_millis(100)
}

/// Measures `(time(n), time(10n))` up to three times while the verdict fails, keeping the
/// best of each (a busy machine must not fail a linear path), then asserts linearity.
fn assert_linear(what: &str, measure: &dyn Fn() -> (Duration, Duration), hint: &str) {
    let (mut t1, mut t10) = measure();
    for _ in 0..2 {
        if linear10(t1, t10) {
            break;
        }
        let (a, b) = measure();
        (t1, t10) = (t1.min(a), t10.min(b));
    }
    let ratio = t10.as_secs_f64() / t1.as_secs_f64().max(1e-4);
    eprintln!("{what}: n in {t1:?}, 10n in {t10:?} (×{ratio:.1})");
    assert!(
        linear10(t1, t10),
        "{what}: 10× the input took {ratio:.0}× the time ({t1:?} vs {t10:?}): quadratic ({hint})"
    );
}

/// A PlanSet with one plan of `n` indicators.
fn one_plan_set(n: usize) -> String {
    let inds = (0..n).map(|i| format!(r#"{{"id":"i{i}","name":"n","targets":[]}}"#));
    format!(r#"{{"version":1,"plans":[{}]}}"#, plan_json("p", inds))
}

/// Many indicators in one plan: the duplicate-id check must not compare every pair.
#[test]
fn many_indicators_in_one_plan_load_linearly() {
    let _lock = timing_lock();
    let (small, big) = (one_plan_set(2_000), one_plan_set(20_000));
    let (a, b) = (load_plan_set(&small), load_plan_set(&big));
    assert!(!a.has_errors() && !b.has_errors());
    assert_eq!(b.value.plans[0].indicators.len(), 20_000);
    let measure = || {
        let (_, t1) = timed(|| load_plan_set(&small));
        let (_, t10) = timed(|| load_plan_set(&big));
        (t1, t10)
    };
    assert_linear(
        "indicators in one plan",
        &measure,
        "load.rs compares each indicator id with every earlier one in the plan",
    );
}

/// Many actual records merged into many indicators: finding the indicator and keeping
/// its actuals in year order must not cost a scan or a sort per record.
#[test]
fn many_actuals_merge_linearly() {
    let _lock = timing_lock();
    let records = |n: usize| {
        let recs: Vec<String> = (0..n)
            .map(|i| {
                // Every indicator gets records; the last ones (the slowest to find by a
                // scan) as many as the first.
                format!(
                    r#"{{"plan":"p","indicator":"i{}","year":{},"value":{i}}}"#,
                    n - 1 - (i % n.div_ceil(10)) * 10 % n,
                    2000 + (i / 50) % 100
                )
            })
            .collect();
        format!(r#"{{"version":1,"actuals":[{}]}}"#, recs.join(","))
    };
    let run = |n: usize| {
        let mut set = load_plan_set(&one_plan_set(n)).value;
        let acts = load_actuals(&records(n)).value;
        let (d, t) = timed(|| merge_actuals(&mut set, &acts));
        assert!(d.is_empty(), "{:?}", &d[..1]);
        let merged: usize = set.plans[0]
            .indicators
            .iter()
            .map(|x| x.actuals.len())
            .sum();
        assert!(merged > 0 && merged <= n);
        t
    };
    assert_linear(
        "merge_actuals",
        &|| (run(2_000), run(20_000)),
        "merge_actuals scans the plan's indicators for every record",
    );
}

#[test]
fn deep_nesting_is_rejected_without_stack_overflow() {
    let n = 100_000;
    let cases = [
        "[".repeat(n),
        format!("{}{}", "[".repeat(n), "]".repeat(n)),
        "{\"a\":".repeat(n),
        format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n)),
        "[{\"a\":".repeat(n),
        // Deep inside an otherwise valid PlanSet.
        format!(
            r#"{{"version":1,"plans":[{{"id":"p","title":"t","region":"r","level":"city","indicators":[{{"id":"i","name":{}1{}}}]}}]}}"#,
            "[".repeat(n),
            "]".repeat(n)
        ),
    ];
    for text in &cases {
        let err = json::parse(text).expect_err("100k-deep JSON must be rejected");
        assert!(err.message.contains("deep"), "{err}");
        for diags in [
            load_plan_set(text).diagnostics,
            load_actuals(text).diagnostics,
        ] {
            assert_eq!(diags.len(), 1, "{diags:?}");
            assert!(diags[0].is_error() && diags[0].message.contains("deep"));
        }
    }
}

#[test]
fn nesting_limit_is_about_128_levels() {
    let nest = |d: usize| format!("{}{}", "[".repeat(d), "]".repeat(d));
    // Depth counts containers: 128 levels are fine, 130 are not.
    assert!(json::parse(&nest(128)).is_ok());
    assert!(json::parse(&nest(130)).is_err());
}

#[test]
fn huge_strings_and_numbers_are_linear() {
    let _lock = timing_lock();
    let long = "汉".repeat(3 * MB / 3);
    let s = format!(
        r#"{{"s":"{long}","n":0.{},"e":"{}"}}"#,
        "1".repeat(MB),
        "\\n".repeat(MB / 2)
    );
    let (v, t) = timed(|| json::parse(&s));
    let v = v.expect("valid JSON");
    assert_eq!(v.get("s"), Some(&json::Value::String(long)));
    assert!(matches!(v.get("n"), Some(json::Value::Number(x)) if (*x - 0.1111).abs() < 1e-3));
    assert!(t < load_budget(4.0), "took {t:?}");
    // An error at the end of 3 MB reports its position without rescanning per character.
    let bad = format!("[\"{}\",]", "汉\\n".repeat(MB / 2));
    let (e, t) = timed(|| json::parse(&bad));
    assert!(e.is_err());
    assert!(t < load_budget(4.0), "took {t:?}");
}

// ---------------------------------------------------------------------------------------
// Hostile text in every field (XSS corpus)
// ---------------------------------------------------------------------------------------

/// Text that would run script or break out of markup if a widget put it into HTML
/// unescaped, plus characters that break JSON-in-script, CSV and XML.
const XSS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "\" onerror=alert(1) x=\"",
    "' onmouseover='alert(1)' x='",
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)//",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe srcdoc=\"<script>alert(1)</script>\">",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "]]><script>alert(1)</script>",
    "<!--<script>alert(1)//-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "a\u{2028}b\u{2029}c</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&amp;lt;b&amp;gt;",
    "x\u{0}y<\u{0}script>",
    "<scr<script>ipt>alert(1)</script>",
    "{{constructor.constructor('alert(1)')()}}",
    "${alert(1)}",
    "=HYPERLINK(\"http://evil.example\",\"x\")",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-1+1|cmd",
    "\u{feff}\u{202e}gnp.exe",
    "淄博市<b>知识产权</b>“十四五”规划",
];

/// A JSON string literal.
fn lit(s: &str) -> String {
    let mut out = String::new();
    json::write_string(&mut out, s);
    out
}

/// A PlanSet with `payload` in every text field: plan id/title/region/issuer/doc_number,
/// indicator id/name/key/unit, baseline/target/actual units, source quote, actual note.
/// Two plans so that a comparison has rows; the second's id gets a suffix (ids are unique).
fn hostile_plan_set(payload: &str) -> String {
    let p = lit(payload);
    let plan = |id: &str| {
        format!(
            r#"{{"id":{id},"title":{p},"region":{p},"level":"city","issuer":{p},"doc_number":{p},"issued":"2021-12-10","period":[2021,2025],"indicators":[{{"id":{p},"name":{p},"key":{p},"category":"creation","unit":{p},"baseline":{{"year":2020,"value":4.37,"unit":{p}}},"targets":[{{"year":2025,"op":">=","value":6,"high":null,"unit":{p}}}],"growth":null,"cumulative":false,"per_year":false,"attribute":"预期性","source":{{"kind":"prose","quote":{p},"offset":0}},"actuals":[{{"year":2023,"value":5.2,"unit":{p},"note":{p}}}]}}]}}"#
        )
    };
    format!(
        r#"{{"version":1,"plans":[{},{}]}}"#,
        plan(&p),
        plan(&lit(&format!("{payload}-2")))
    )
}

/// An actuals file with `payload` in its text fields, for the first plan above.
fn hostile_actuals(payload: &str) -> String {
    let p = lit(payload);
    format!(
        r#"{{"version":1,"actuals":[{{"plan":{p},"indicator":{p},"year":2024,"value":5.6,"unit":{p},"note":{p}}}]}}"#
    )
}

#[test]
fn hostile_text_loads_unchanged_into_every_field() {
    for &x in XSS {
        let loaded = load_plan_set(&hostile_plan_set(x));
        assert!(!loaded.has_errors(), "{x:?}: {:?}", loaded.diagnostics);
        let acts = load_actuals(&hostile_actuals(x));
        assert!(!acts.has_errors(), "{x:?}: {:?}", acts.diagnostics);
        let mut set = loaded.value;
        assert!(merge_actuals(&mut set, &acts.value).is_empty());
        let plan = &set.plans[0];
        let ind = &plan.indicators[0];
        let fields = [
            Some(&plan.id),
            Some(&plan.title),
            Some(&plan.region),
            plan.issuer.as_ref(),
            plan.doc_number.as_ref(),
            Some(&ind.id),
            Some(&ind.name),
            ind.key.as_ref(),
            ind.unit.as_ref(),
            ind.source.as_ref().map(|s| &s.quote),
            ind.actuals[0].note.as_ref(),
            ind.actuals[1].note.as_ref(),
        ];
        for (i, f) in fields.iter().enumerate() {
            assert_eq!(f.map(String::as_str), Some(x), "field {i}");
        }
        assert_eq!(
            ind.actuals.len(),
            2,
            "the merged record is the second actual"
        );
    }
}

/// Our JSON writer is used for data embedded in pages: no `<`, no raw line separators.
#[test]
fn json_writer_output_is_safe_inside_a_script_element() {
    for &x in XSS {
        let s = lit(x);
        assert!(!s.contains('<'), "{s}");
        assert!(!s.contains('\u{2028}') && !s.contains('\u{2029}'), "{s}");
        assert!(!s.contains('\u{0}'), "{s}");
        assert_eq!(json::parse(&s).ok(), Some(json::Value::String(x.into())));
    }
}

// ---------------------------------------------------------------------------------------
// CLI robustness
// ---------------------------------------------------------------------------------------

fn tmp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("planmeter-hardening-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write temp file");
    p
}

fn cli(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_planmeter"))
        .args(args)
        .output()
        .expect("run planmeter")
}

/// Exited normally (not killed by a signal, not a panic) with a message when it failed.
fn assert_no_crash(out: &std::process::Output, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let code = out.status.code();
    assert!(code.is_some(), "{what}: killed by a signal");
    assert!(!stderr.contains("panicked"), "{what}: panicked: {stderr}");
    assert_ne!(code, Some(101), "{what}: exit 101 is a panic: {stderr}");
    if code != Some(0) {
        assert!(
            !stderr.trim().is_empty(),
            "{what}: failed without a message"
        );
    }
}

#[test]
fn cli_parse_survives_binary_and_invalid_utf8() {
    let mut binary: Vec<u8> = (0..=255u8).cycle().take(64 * 1024).collect();
    binary.extend_from_slice(b"\xff\xfe\x00\x00\xc3\x28\xe2\x82\xf0\x28\x8c\xbc");
    let mut mixed = "到2025年，发明专利拥有量达到10件。".as_bytes().to_vec();
    mixed.extend_from_slice(b"\xe5\x88\n\xff\xfe");
    mixed.extend_from_slice("有效注册商标总量超过8.5万件。".as_bytes());
    let utf16 = "淄博市知识产权发展规划"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect::<Vec<u8>>();
    for (name, bytes) in [
        ("binary.bin", binary),
        ("mixed.txt", mixed),
        ("utf16.txt", utf16),
        ("empty.txt", Vec::new()),
    ] {
        let p = tmp_file(name, &bytes);
        let out = cli(&["parse".as_ref(), p.as_os_str()]);
        assert_no_crash(&out, name);
        if out.status.success() {
            let stdout = String::from_utf8_lossy(&out.stdout);
            // The shape only: an empty text has no title, which `check` would report.
            let v = json::parse(&stdout).expect("parse prints JSON");
            match v.get("plans") {
                Some(json::Value::Array(plans)) => assert_eq!(plans.len(), 1, "{name}"),
                other => panic!("{name}: no plans array: {other:?}"),
            }
        }
    }
}

#[test]
fn cli_check_on_an_empty_file_exits_1_with_a_message() {
    for (name, bytes) in [
        ("empty.json", &b""[..]),
        ("blank.json", b"  \n\t\n"),
        ("bom.json", b"\xef\xbb\xbf"),
        ("binary.json", b"\x00\xff\xfe{"),
    ] {
        let p = tmp_file(name, bytes);
        let out = cli(&["check".as_ref(), p.as_os_str()]);
        assert_no_crash(&out, name);
        let stderr = String::from_utf8_lossy(&out.stderr);
        // 1 = the data has errors; 2 = the file could not be read as text at all.
        assert!(
            matches!(out.status.code(), Some(1 | 2)),
            "{name}: exit {:?}",
            out.status.code()
        );
        if name != "binary.json" {
            assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
        }
        assert!(
            stderr.contains(p.to_str().unwrap_or("?")),
            "{name}: {stderr}"
        );
    }
}

#[test]
fn cli_check_reports_hostile_text_without_crashing() {
    for &x in XSS {
        let p = tmp_file("hostile.json", hostile_plan_set(x).as_bytes());
        let a = tmp_file("hostile-actuals.json", hostile_actuals(x).as_bytes());
        let out = cli(&[
            "check".as_ref(),
            p.as_os_str(),
            "--actuals".as_ref(),
            a.as_os_str(),
        ]);
        assert_no_crash(&out, x);
        assert_eq!(out.status.code(), Some(0), "{x:?}");
    }
}

// ---------------------------------------------------------------------------------------
// The markup checker (shared with the `render` fuzz target)
// ---------------------------------------------------------------------------------------

/// The checker itself must catch what it is for (a test that cannot fail proves nothing).
#[test]
fn markup_checker_catches_injections() {
    let safe = r#"<div class="pm-root pm-gauge" lang="zh-Hans" role="meter" aria-valuenow="5"><svg class="pm-arc" viewBox="0 0 200 120"><path d="M0 0"/><text x="1">&lt;script&gt; &quot;x&quot;</text></svg><p title="&quot; onerror=alert(1) x=&quot;">a &amp; b</p></div>"#;
    assert_eq!(unsafe_markup(safe), Vec::<String>::new());
    assert_eq!(
        visible_text(safe),
        r#"<script> "x"a & b"#,
        "entities decode for the reader"
    );
    for bad in [
        "<div><script>alert(1)</script></div>",
        r#"<p title="" onerror=alert(1) x="">x</p>"#,
        r#"<p title='' onmouseover='alert(1)' x=''>x</p>"#,
        "<svg onload=alert(1)>",
        r#"<svg class="pm-x" onload="alert(1)"></svg>"#,
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        r#"<a href=" JaVaScRiPt:alert(1)">x</a>"#,
        r#"<a href="java&#x09;script:alert(1)">x</a>"#,
        r#"<div style="color:red">x</div>"#,
        "<!--<script>alert(1)//-->",
        "<![CDATA[x]]>",
        "<p>a < b</p>",
        "<svg/onload=alert(1)//",
    ] {
        assert!(!unsafe_markup(bad).is_empty(), "not caught: {bad}");
    }
}

// ---------------------------------------------------------------------------------------
// Hostile text through every widget (view API and CLI render)
// ---------------------------------------------------------------------------------------

const LANGS: [Lang; 2] = [Lang::Hans, Lang::Hant];

/// The hostile PlanSet for `x`, with the hostile actuals merged in.
fn hostile_set(x: &str) -> PlanSet {
    let mut set = load_plan_set(&hostile_plan_set(x)).value;
    let acts = load_actuals(&hostile_actuals(x)).value;
    merge_actuals(&mut set, &acts);
    assert_eq!(set.plans.len(), 2, "{x:?}: both plans load");
    set
}

/// `html` is safe, and the payload never appears raw where it has markup characters.
fn assert_safe(html: &str, x: &str, what: &str) {
    let bad = unsafe_markup(html);
    assert!(bad.is_empty(), "{what} with {x:?}: {bad:?}\n{html}");
    if x.contains(['<', '>', '"', '\'', '&']) {
        assert!(!html.contains(x), "{what}: {x:?} appears unescaped\n{html}");
    }
}

/// Every widget kind, both languages, every field hostile (SPEC §6: "Text from data is
/// never interpreted as HTML").
#[test]
fn hostile_text_stays_text_in_every_widget() {
    for &x in XSS {
        let set = hostile_set(x);
        for lang in LANGS {
            let what = |w: &str| format!("{w} ({})", lang.tag());
            for (actual, year) in [(None, None), (Some(5.6), Some(2024)), (None, Some(2023))] {
                let spec = GaugeSpec {
                    plan: x,
                    indicator: x,
                    actual,
                    year,
                };
                let g = view::gauge(&set, &spec, lang).expect("the hostile indicator exists");
                assert_safe(&g, x, &what("gauge"));
            }
            let c = view::compare(&set, x, None, lang);
            let c = c.unwrap_or_else(|e| view::error_box(&e, lang));
            assert_safe(&c, x, &what("compare"));

            let model = TableModel::new(&set, None, None).expect("table model");
            let filters = [
                Filter::default(),
                Filter {
                    text: x.into(),
                    region: Some(x.into()),
                    ..Filter::default()
                },
            ];
            for f in &filters {
                assert_safe(&model.shell(f, None, lang), x, &what("table shell"));
                let st = model.static_html(f, None, lang);
                assert_safe(&st, x, &what("static table"));
            }
            let ids = model.visible(&Filter::default(), None);
            assert_eq!(ids.len(), 2, "both plans' indicators are rows");
            assert_safe(&model.rows_html(&ids, lang), x, &what("table rows"));
            let one = TableModel::new(&set, Some(x), Some(2024)).expect("plan by hostile id");
            let st = one.static_html(&Filter::default(), None, lang);
            assert_safe(&st, x, &what("one-plan table"));
            let page = view::page(x, &st, lang);
            assert_safe(&page, x, &what("page"));
        }
    }
}

/// Hostile text shown, not lost: the reader sees the exact characters (decoded once).
#[test]
fn hostile_text_is_shown_verbatim() {
    for &x in XSS.iter().filter(|x| !x.contains(char::is_control)) {
        let set = hostile_set(x);
        let model = TableModel::new(&set, None, None).expect("table model");
        let text = visible_text(&model.static_html(&Filter::default(), None, Lang::Hans));
        assert!(
            text.contains(x),
            "{x:?} not shown verbatim in the table:\n{text}"
        );
        let spec = GaugeSpec {
            plan: x,
            indicator: x,
            actual: None,
            year: None,
        };
        let g = view::gauge(&set, &spec, Lang::Hant).expect("gauge");
        assert!(visible_text(&g).contains(x), "{x:?} not in the gauge");
    }
}

/// Error boxes quote user input (ids, keys) and data (diagnostics that echo values).
#[test]
fn hostile_text_stays_text_in_error_boxes() {
    for &x in XSS {
        let set = hostile_set(x);
        // Data errors that echo the bad value: level, op, date, category.
        let p = lit(x);
        let broken = format!(
            r#"{{"version":1,"plans":[{{"id":{p},"title":{p},"region":{p},"level":{p},"indicators":[]}},{{"id":"b","title":"t","region":"r","level":"city","issued":{p},"indicators":[{{"id":{p},"name":{p},"category":{p},"targets":[{{"year":2025,"op":{p},"value":1}}]}}]}}]}}"#
        );
        let diags = load_plan_set(&broken).diagnostics;
        assert!(diags.iter().any(|d| d.is_error()), "{x:?}: errors expected");
        for lang in LANGS {
            let errors = [
                ViewError::from_diagnostics(&diags, lang),
                ViewError::new(x),
                view::gauge(
                    &set,
                    &GaugeSpec {
                        plan: &format!("{x}?"),
                        indicator: x,
                        actual: None,
                        year: None,
                    },
                    lang,
                )
                .expect_err("no such plan"),
                view::gauge(
                    &set,
                    &GaugeSpec {
                        plan: x,
                        indicator: &format!("{x}?"),
                        actual: None,
                        year: None,
                    },
                    lang,
                )
                .expect_err("no such indicator"),
                TableModel::new(&set, Some(&format!("{x}?")), None).expect_err("no such plan"),
            ];
            for e in &errors {
                assert_safe(&view::error_box(e, lang), x, "error box");
            }
        }
    }
}

/// Splits CSV text into records of fields (RFC 4180 quoting).
fn csv_fields(csv: &str) -> Vec<Vec<String>> {
    let mut rows = vec![Vec::new()];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => rows
                .last_mut()
                .expect("row")
                .push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                rows.last_mut()
                    .expect("row")
                    .push(std::mem::take(&mut field));
                rows.push(Vec::new());
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() {
        rows.last_mut().expect("row").push(field);
    }
    rows.retain(|r| !r.is_empty());
    rows
}

/// CSV export: hostile text round-trips as data, and no text cell starts a formula.
#[test]
fn hostile_text_in_csv_is_quoted_and_never_a_formula() {
    for &x in XSS {
        let set = hostile_set(x);
        let model = TableModel::new(&set, None, None).expect("table model");
        let ids = model.visible(&Filter::default(), None);
        let csv = model.csv(&ids);
        let rows = csv_fields(&csv);
        assert_eq!(rows.len(), 3, "{x:?}: header and two rows\n{csv}");
        assert!(
            rows.iter().all(|r| r.len() == rows[0].len()),
            "{x:?}: ragged\n{csv}"
        );
        for cell in rows.iter().flatten() {
            let is_number = cell.parse::<f64>().is_ok();
            assert!(
                is_number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{x:?}: cell {cell:?} would run as a spreadsheet formula"
            );
        }
        // The name is there (after the anti-formula quote, if any).
        assert!(
            rows[1]
                .iter()
                .any(|c| c == x || c.strip_prefix('\'') == Some(x)),
            "{x:?} not in the CSV row {:?}",
            rows[1]
        );
    }
}

#[test]
fn cli_render_keeps_hostile_text_escaped() {
    for &x in XSS {
        let src = tmp_file("render.json", hostile_plan_set(x).as_bytes());
        let acts = tmp_file("render-actuals.json", hostile_actuals(x).as_bytes());
        let widget_args: [Vec<&str>; 4] = [
            vec!["--widget", "table", "--page"],
            vec![
                "--widget",
                "table",
                "--plan",
                x,
                "--filter",
                "q=%3Cscript%3E",
            ],
            vec![
                "--widget",
                "gauge",
                "--plan",
                x,
                "--indicator",
                x,
                "--lang",
                "zh-Hant",
            ],
            vec!["--widget", "compare", "--key", x],
        ];
        // A NUL cannot be passed on a command line; such payloads stay in the files only.
        let n = if x.contains('\0') {
            1
        } else {
            widget_args.len()
        };
        for extra in &widget_args[..n] {
            let mut args: Vec<&std::ffi::OsStr> = vec![
                "render".as_ref(),
                "--src".as_ref(),
                src.as_os_str(),
                "--actuals".as_ref(),
                acts.as_os_str(),
            ];
            args.extend(extra.iter().map(|a| std::ffi::OsStr::new(*a)));
            let out = cli(&args);
            assert_no_crash(&out, x);
            let html = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "{x:?} {extra:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_safe(&html, x, &format!("render {extra:?}"));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Fuzz regressions (tests/regressions/TARGET/*): replayed with the target's checks
// ---------------------------------------------------------------------------------------

fn regression_files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file() && p.extension().is_none_or(|x| x != "md"));
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("read regression file");
            let root = Path::new(env!("CARGO_MANIFEST_DIR"));
            let name = p.strip_prefix(root).unwrap_or(&p).display().to_string();
            (name, bytes)
        })
        .collect()
}

/// The `load` fuzz target's checks.
fn check_load(text: &str) {
    let (plans_text, actuals_text) = text.split_once('\0').unwrap_or((text, text));
    let mut set = load_plan_set(plans_text);
    let actuals = load_actuals(actuals_text);
    let _ = merge_actuals(&mut set.value, &actuals.value);
    let json = serde_json::to_string(&set.value).expect("PlanSet serialises");
    let again = load_plan_set(&json);
    assert!(
        !again.has_errors(),
        "does not reload: {:?}",
        again.diagnostics
    );
    assert_eq!(again.value, set.value, "reload changed the PlanSet");
}

/// The `render` fuzz target's checks (PlanSet-text mode; the template mode is covered by
/// the XSS tests above).
fn check_render(data: &[u8]) {
    let text = String::from_utf8_lossy(data.get(1..).unwrap_or_default());
    let (body, query) = text.split_once('\n').unwrap_or((&text, ""));
    let loaded = load_plan_set(body);
    let set = &loaded.value;
    for lang in LANGS {
        let e = ViewError::from_diagnostics(&loaded.diagnostics, lang);
        assert!(unsafe_markup(&view::error_box(&e, lang)).is_empty());
        for p in &set.plans {
            for ind in &p.indicators {
                let spec = GaugeSpec {
                    plan: &p.id,
                    indicator: &ind.id,
                    actual: None,
                    year: None,
                };
                let h = view::gauge(set, &spec, lang).unwrap_or_else(|e| view::error_box(&e, lang));
                assert!(unsafe_markup(&h).is_empty(), "gauge: {h}");
            }
        }
        if let Ok(model) = TableModel::new(set, None, None) {
            let f = Filter::from_query(query);
            let h = model.static_html(&f, None, lang);
            assert!(unsafe_markup(&h).is_empty(), "table: {h}");
        }
    }
}

/// Replays every file under `tests/regressions/{base}TARGET/` with the checks of the
/// fuzz target it came from; returns the files that fail, with the panic message.
fn replay(base: &str) -> (usize, Vec<String>) {
    type Check = fn(&[u8]);
    let checks: [(&str, Check); 3] = [
        ("parse", |b| {
            parse_timed(&String::from_utf8_lossy(b));
        }),
        ("load", |b| check_load(&String::from_utf8_lossy(b))),
        ("render", check_render),
    ];
    let (mut n, mut failed) = (0, Vec::new());
    for (target, check) in checks {
        for (name, bytes) in regression_files(&format!("{base}{target}")) {
            n += 1;
            if let Err(e) = std::panic::catch_unwind(|| check(&bytes)) {
                let msg = e
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                let short: String = msg.chars().take(300).collect();
                failed.push(format!("{name}: {short}"));
            }
        }
    }
    (n, failed)
}

/// Fixed crashes stay fixed.
#[test]
fn regressions_replay() {
    let (n, failed) = replay("");
    eprintln!("{n} regression inputs replayed");
    assert!(
        failed.is_empty(),
        "regressions fail:\n{}",
        failed.join("\n")
    );
}

/// Crashes reported but not fixed yet (`tests/regressions/open/TARGET/`): run with
/// `cargo test --test hardening -- --ignored open_regressions`; move a file up to
/// `tests/regressions/TARGET/` once its bug is fixed.
#[test]
#[ignore = "open bugs, reported to their owners: see tests/regressions/README.md"]
fn open_regressions_replay() {
    let (n, failed) = replay("open/");
    eprintln!("{n} open regression inputs replayed");
    assert!(
        failed.is_empty(),
        "open regressions fail:\n{}",
        failed.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// Extreme numbers through the widgets
// ---------------------------------------------------------------------------------------

/// Finite but extreme values (JSON cannot hold NaN/inf; the loader rejects overflow).
const EXTREMES: &[f64] = &[
    0.0, -0.0, 1e-300, 5e-324, -1e-300, 1e300, -1e300, 1.7e308, -1.7e308, 1e15, 9.9e14, 0.1, -3.0,
    1e-7,
];

/// Widget markup shows no NaN/Infinity, and the meter's aria values are finite numbers.
fn assert_numbers_clean(html: &str, what: &str) {
    let bad = markup::bad_numbers(html, true);
    assert!(bad.is_empty(), "{what}: {bad:?}\n{html}");
}

#[test]
fn extreme_numbers_render_without_nan_or_infinity() {
    let mut inds = Vec::new();
    let mut n = 0;
    for &b in EXTREMES {
        for &v in EXTREMES {
            let a = EXTREMES[n % EXTREMES.len()];
            inds.push(format!(
                r#"{{"id":"i{n}","name":"n{n}","key":"k","category":"creation","unit":"万件","baseline":{{"year":2020,"value":{b:e}}},"targets":[{{"year":2025,"op":"{op}","value":{v:e},"high":{h:e}}}],"growth":{{"annual_rate_pct":{a:e},"op":">="}},"cumulative":{c},"per_year":{p},"actuals":[{{"year":2023,"value":{a:e}}}]}}"#,
                op = ["range", ">=", "<=", "x2", ">", "<", "="][n % 7],
                h = if (v * 2.0).is_finite() { v * 2.0 } else { v },
                c = n % 5 == 0,
                p = n % 7 == 0,
            ));
            n += 1;
        }
    }
    let json = format!(
        r#"{{"version":1,"plans":[{{"id":"p","title":"t","region":"r","level":"city","period":[2021,2025],"indicators":[{}]}}]}}"#,
        inds.join(",")
    );
    let loaded = load_plan_set(&json);
    let set = loaded.value;
    assert_eq!(
        set.plans[0].indicators.len(),
        n,
        "{:?}",
        loaded.diagnostics.first()
    );
    for lang in LANGS {
        for ind in &set.plans[0].indicators {
            for actual in [None, Some(EXTREMES[ind.id.len() % EXTREMES.len()])] {
                let spec = GaugeSpec {
                    plan: "p",
                    indicator: &ind.id,
                    actual,
                    year: Some(2024),
                };
                let g =
                    view::gauge(&set, &spec, lang).unwrap_or_else(|e| view::error_box(&e, lang));
                assert_numbers_clean(&g, &format!("gauge {}", ind.id));
            }
        }
        let model = TableModel::new(&set, None, None).expect("table");
        let html = model.static_html(&Filter::default(), None, lang);
        assert_numbers_clean(&html, "table");
        let ids = model.visible(&Filter::default(), None);
        assert_numbers_clean(&model.csv(&ids), "csv");
        let c = view::compare(&set, "k", None, lang).unwrap_or_else(|e| view::error_box(&e, lang));
        assert_numbers_clean(&c, "compare");
    }
}

#[test]
fn number_checker_catches_nan_and_infinity() {
    let ok = r#"<div class="pm-root pm-info" role="meter" aria-valuenow="0.5" aria-valuetext="infinite">信息 Info 1.2万</div>"#;
    assert_numbers_clean(ok, "ok");
    for bad in [
        r#"<div role="meter" aria-valuenow="NaN"></div>"#,
        r#"<div role="meter" aria-valuemax="inf"></div>"#,
        "<span>进度 NaN%</span>",
        "<span>-inf</span>",
        "<span>inf件</span>",
    ] {
        let caught = std::panic::catch_unwind(|| assert_numbers_clean(bad, "bad")).is_err();
        assert!(caught, "not caught: {bad}");
    }
}

// ---------------------------------------------------------------------------------------
// The JSON number writer (used by the wasm layer's JSON output, CSV and messages)
// ---------------------------------------------------------------------------------------

/// Doubles worth trying: edges, subnormals, powers of ten, and pseudo-random bit patterns.
fn sample_doubles() -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        f64::MIN_POSITIVE,
        5e-324,
        1e-310,
        1e-7,
        0.1,
        1.0 / 3.0,
        4.37,
        0.0597,
        8.5,
        9e15,
        9.007199254740993e15,
        1e16,
        1.2345678901234567e-5,
        123456789.12345679,
        1e21,
        1e38,
        3.4e38,
        1.7976931348623157e308,
        f64::MAX,
        f64::EPSILON,
    ];
    for lit in [
        "2.2250738585072009e-308",
        "9.999999999999999e-8",
        "0.30000000000000004",
    ] {
        v.push(lit.parse().expect("literal"));
    }
    for e in -320..=308 {
        v.push(format!("1e{e}").parse().expect("literal"));
        v.push(format!("7.123456789012345e{e}").parse().expect("literal"));
    }
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..20_000 {
        // xorshift64*: reproducible, covers every exponent.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let x = f64::from_bits(state.wrapping_mul(0x2545_F491_4F6C_DD1D));
        if x.is_finite() {
            v.push(x);
        }
    }
    let negs: Vec<f64> = v.iter().map(|x| -x).collect();
    v.extend(negs);
    // 7.1e308 overflows to infinity, which JSON cannot hold ("null" is right for it).
    v.retain(|x| x.is_finite());
    v
}

/// `format_number` always writes a valid JSON number (a writer that emits invalid JSON
/// breaks every consumer of the wasm API's output, and the CSV export).
#[test]
fn json_numbers_are_always_valid_json() {
    let mut bad = Vec::new();
    for x in sample_doubles() {
        let s = json::format_number(x);
        if !matches!(json::parse(&s), Ok(json::Value::Number(_))) {
            bad.push(format!("{x:e} → {s:?}"));
        }
    }
    let n = bad.len();
    bad.truncate(8);
    assert!(
        n == 0,
        "{n} numbers written as invalid JSON (owner: num.rs), e.g.:\n{}",
        bad.join("\n")
    );
}

/// Every finite double reads back exactly, as `num::shortest` documents.
#[test]
fn json_numbers_round_trip_exactly() {
    assert_round_trips(sample_doubles().into_iter().map(|x| (format!("{x:e}"), x)));
}

/// Each `(label, x)`: `json::format_number(x)` reads back as exactly `x`.
fn assert_round_trips(values: impl Iterator<Item = (String, f64)>) {
    let bad: Vec<String> = values
        .filter_map(|(label, x)| {
            let s = json::format_number(x);
            (s.parse::<f64>() != Ok(x)).then(|| format!("{label} → {s:?}"))
        })
        .collect();
    assert!(
        bad.is_empty(),
        "{} numbers do not round-trip, e.g.:\n{}",
        bad.len(),
        bad.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Plan-like numbers (up to 12 significant digits, magnitudes about 1e-4 to 1e12) read
/// back exactly.
#[test]
fn json_numbers_round_trip_plan_like_values() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let values = (0..50_000u64).map(move |i| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        let digits = 1 + (i % 12) as u32;
        let mantissa = r % 10u64.pow(digits);
        let exp = (r >> 56) as i32 % 16 - 4 - digits as i32;
        let label = format!("{mantissa}e{exp}");
        let x: f64 = label.parse().expect("literal");
        (label, x)
    });
    assert_round_trips(values);
}
