//! The `planmeter` command line: parse plan texts, check data, assess progress, render HTML.

use planmeter::{load, parse, progress, view, Diagnostic, PlanSet};
use std::process::ExitCode;

const HELP: &str = "\
planmeter — 规划指标解析、进度测算与静态渲染 (plan indicators → JSON, assessments, HTML)

USAGE:
  planmeter parse FILE...                         parse plan texts; print a PlanSet (JSON)
  planmeter check FILE.json [--actuals A.json]    validate a PlanSet; exit 1 on errors
  planmeter assess --src plans.json [--actuals A.json] [--plan ID] [--year Y]
                                                  assess every indicator with actuals (JSON)
  planmeter render --src plans.json --widget table|gauge|compare [options]
                                                  print a widget as static HTML

OPTIONS:
  -h, --help     this help
  -V, --version  version

Diagnostics go to stderr as `path: message`; data goes to stdout.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        eprint!("{HELP}");
        return ExitCode::from(2);
    };
    let rest = &args[1..];
    let result = match cmd.as_str() {
        "-h" | "--help" | "help" => {
            print!("{HELP}");
            Ok(ExitCode::SUCCESS)
        }
        "-V" | "--version" => {
            println!("planmeter {}", env!("CARGO_PKG_VERSION"));
            Ok(ExitCode::SUCCESS)
        }
        "parse" => cmd_parse(rest),
        "check" => cmd_check(rest),
        "assess" => cmd_assess(rest),
        "render" => cmd_render(rest),
        other => Err(format!(
            "unknown command \"{other}\" (未知命令); see `planmeter --help`"
        )),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("planmeter: {msg}");
            ExitCode::from(2)
        }
    }
}

/// `--name value` options and positional arguments, in order.
struct Args {
    opts: Vec<(String, String)>,
    positional: Vec<String>,
}

impl Args {
    fn new(rest: &[String], known: &[&str]) -> Result<Args, String> {
        let mut opts = Vec::new();
        let mut positional = Vec::new();
        let mut it = rest.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                let (name, inline) = match name.split_once('=') {
                    Some((n, v)) => (n, Some(v.to_string())),
                    None => (name, None),
                };
                if !known.contains(&name) {
                    return Err(format!("unknown option --{name} (未知选项)"));
                }
                let v = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .cloned()
                        .ok_or(format!("--{name} needs a value (缺少参数值)"))?,
                };
                opts.push((name.to_string(), v));
            } else {
                positional.push(a.clone());
            }
        }
        Ok(Args { opts, positional })
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.opts
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn require(&self, name: &str) -> Result<&str, String> {
        self.get(name)
            .ok_or(format!("--{name} is required (缺少 --{name})"))
    }
}

fn read(path: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e} (无法读取文件)"))
}

fn print_diagnostics(file: &str, diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{file}: {d}");
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn cmd_parse(rest: &[String]) -> Result<ExitCode, String> {
    let args = Args::new(rest, &[])?;
    if args.positional.is_empty() {
        return Err("parse needs at least one FILE (请给出规划文本文件)".into());
    }
    let mut set = PlanSet::default();
    for file in &args.positional {
        let text = read(file)?;
        let mut parsed = parse(&text);
        print_diagnostics(file, &parsed.diagnostics);
        if parsed.plan.id.is_empty() {
            parsed.plan.id = unique_id(&set, stem_id(file));
        }
        set.plans.push(parsed.plan);
    }
    println!("{}", to_json(&set));
    Ok(ExitCode::SUCCESS)
}

/// A stable plan id from a file name: the stem as an ASCII slug (`000_8feaf3a5.txt` →
/// `000_8feaf3a5`), or `plan-` and a hash of the stem when it has no ASCII letters or
/// digits (`淄博规划.txt`).
fn stem_id(file: &str) -> String {
    let stem = std::path::Path::new(file)
        .file_stem()
        .map_or(String::new(), |s| s.to_string_lossy().into_owned());
    let slug: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug.trim_matches('-').to_string();
    if slug.chars().any(|c| c.is_ascii_alphanumeric()) && slug.len() * 2 >= stem.len().min(40) {
        return slug;
    }
    // FNV-1a: stable across runs and platforms.
    let h = stem.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("plan-{:08x}", h & 0xffff_ffff)
}

/// `id`, or `id-2`, `id-3` … when a plan in `set` already has it.
fn unique_id(set: &PlanSet, id: String) -> String {
    if set.plan(&id).is_none() {
        return id;
    }
    (2..)
        .map(|k| format!("{id}-{k}"))
        .find(|c| set.plan(c).is_none())
        .unwrap_or(id)
}

/// Loads `--src` (or the positional file) and merges `--actuals` when given.
fn load_with_actuals(
    src: &str,
    actuals: Option<&str>,
) -> Result<(PlanSet, Vec<Diagnostic>), String> {
    let loaded = load::load_plan_set(&read(src)?);
    print_diagnostics(src, &loaded.diagnostics);
    let mut diags = loaded.diagnostics;
    let mut set = loaded.value;
    if let Some(a) = actuals {
        let file = load::load_actuals(&read(a)?);
        print_diagnostics(a, &file.diagnostics);
        let merged = load::merge_actuals(&mut set, &file.value);
        print_diagnostics(a, &merged);
        diags.extend(file.diagnostics);
        diags.extend(merged);
    }
    Ok((set, diags))
}

fn cmd_check(rest: &[String]) -> Result<ExitCode, String> {
    let args = Args::new(rest, &["actuals"])?;
    let [file] = args.positional.as_slice() else {
        return Err("check takes one FILE.json (请给出一个JSON文件)".into());
    };
    let (set, diags) = load_with_actuals(file, args.get("actuals"))?;
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let n: usize = set.plans.iter().map(|p| p.indicators.len()).sum();
    eprintln!(
        "{file}: {} plans, {n} indicators loaded; {errors} errors, {} warnings",
        set.plans.len(),
        diags.len() - errors
    );
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(serde::Serialize)]
struct AssessRow<'a> {
    plan: &'a str,
    indicator: &'a str,
    assessment: planmeter::Assessment,
}

fn cmd_assess(rest: &[String]) -> Result<ExitCode, String> {
    let args = Args::new(rest, &["src", "actuals", "plan", "year"])?;
    let year = match args.get("year") {
        Some(y) => Some(
            y.parse::<i32>()
                .map_err(|_| format!("--year must be a year, got \"{y}\" (年份无效)"))?,
        ),
        None => None,
    };
    let (set, _) = load_with_actuals(args.require("src")?, args.get("actuals"))?;
    let plan_id = args.get("plan");
    if let Some(id) = plan_id {
        if set.plan(id).is_none() {
            return Err(format!("no plan with id \"{id}\" (找不到该规划)"));
        }
    }
    let mut rows = Vec::new();
    for plan in set
        .plans
        .iter()
        .filter(|p| plan_id.is_none_or(|id| p.id == id))
    {
        for ind in &plan.indicators {
            if let Some(a) = progress::assess_indicator(ind, plan.period, year) {
                rows.push(AssessRow {
                    plan: &plan.id,
                    indicator: &ind.id,
                    assessment: a,
                });
            }
        }
    }
    println!("{}", to_json(&rows));
    Ok(ExitCode::SUCCESS)
}

/// `render`: prints a widget's markup (or, with `--page`, a whole no-JS HTML page). Bad data
/// prints the widget's error box on stdout, the reason on stderr, and exits 1.
fn cmd_render(rest: &[String]) -> Result<ExitCode, String> {
    // `--page` is a flag; `Args` only knows `--name value` options.
    let page = rest.iter().any(|a| a == "--page");
    let rest: Vec<String> = rest.iter().filter(|a| *a != "--page").cloned().collect();
    let known = [
        "src",
        "widget",
        "actuals",
        "plan",
        "indicator",
        "key",
        "actual",
        "year",
        "filter",
        "lang",
        "sort",
    ];
    let args = Args::new(&rest, &known)?;
    let lang = view::Lang::from_tag(args.get("lang").unwrap_or(""));
    let year = parse_year(args.get("year"))?;
    let widget = args.require("widget")?;
    if !matches!(widget, "table" | "gauge" | "compare") {
        return Err(format!(
            "--widget must be table, gauge or compare, got \"{widget}\" (未知组件)"
        ));
    }
    let (set, diags) = load_with_actuals(args.require("src")?, args.get("actuals"))?;
    let markup = if diags.iter().any(|d| d.is_error()) {
        Err(view::ViewError::from_diagnostics(&diags, lang))
    } else {
        render_widget(&set, widget, &args, year, lang)
    };
    let (body, code) = match markup {
        Ok(m) => (m, ExitCode::SUCCESS),
        Err(e) => {
            eprintln!("planmeter: {e}");
            (view::error_box(&e, lang), ExitCode::from(1))
        }
    };
    if page {
        let title = format!("planmeter — {widget}");
        print!("{}", view::page(&title, &body, lang));
    } else {
        println!("{body}");
    }
    Ok(code)
}

/// Renders one widget from loaded data.
fn render_widget(
    set: &PlanSet,
    widget: &str,
    args: &Args,
    year: Option<i32>,
    lang: view::Lang,
) -> Result<String, view::ViewError> {
    let need = |name: &str| {
        args.get(name)
            .ok_or_else(|| view::ViewError::new(format!("缺少 --{name}")))
    };
    match widget {
        "gauge" => {
            let actual = match args.get("actual") {
                Some(v) => Some(
                    v.trim()
                        .parse::<f64>()
                        .ok()
                        .filter(|x| x.is_finite())
                        .ok_or_else(|| {
                            view::ViewError::new(format!("--actual 不是有效数字：{v}"))
                        })?,
                ),
                None => None,
            };
            let spec = view::GaugeSpec {
                plan: need("plan")?,
                indicator: need("indicator")?,
                actual,
                year,
            };
            view::gauge(set, &spec, lang)
        }
        "compare" => {
            let key = args.get("key").or(args.get("indicator"));
            let key = key.ok_or_else(|| view::ViewError::new("缺少 --key"))?;
            view::compare(set, key, year, lang)
        }
        _ => {
            let query = args.get("filter").unwrap_or("");
            let filter = view::Filter::from_query(query);
            let sort = args
                .get("sort")
                .and_then(view::Sort::parse)
                .or(view::Sort::from_query(query));
            let model = view::TableModel::new(set, args.get("plan"), year)?;
            Ok(model.static_html(&filter, sort, lang))
        }
    }
}

/// Parses an optional `--year`.
fn parse_year(v: Option<&str>) -> Result<Option<i32>, String> {
    v.map(|y| {
        y.trim()
            .parse::<i32>()
            .map_err(|_| format!("--year must be a year, got \"{y}\" (年份无效)"))
    })
    .transpose()
}
