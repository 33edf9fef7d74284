//! JSON → model, with a diagnostic per problem (SPEC §2).
//!
//! Loading never panics and never loses the good part: a problem inside an indicator skips
//! that indicator only; a problem in a plan's required fields skips that plan only; a
//! wrong optional field is reported and left empty. Every diagnostic names its JSON path.

use crate::json::{self, Value};
use crate::model::*;

/// Data read from JSON plus everything that was wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded<T> {
    /// What could be read.
    pub value: T,
    /// Problems, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Loaded<T> {
    /// Whether any diagnostic is an error (not a warning).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Earliest and latest year accepted anywhere in the data.
pub const YEARS: std::ops::RangeInclusive<i64> = 1949..=2100;

/// Most milestones one indicator may have: more is not a plan but bad data, and short
/// lists keep per-indicator work (sorting by year) trivially cheap.
pub const MAX_TARGETS: usize = 100;

/// Loads a PlanSet from JSON text.
pub fn load_plan_set(text: &str) -> Loaded<PlanSet> {
    match json::parse(text) {
        Ok(v) => plan_set_from_value(&v),
        Err(e) => Loaded {
            value: PlanSet::default(),
            diagnostics: vec![Diagnostic::error(
                "$",
                format!("not valid JSON: {e} (不是有效的JSON)"),
            )],
        },
    }
}

/// Loads a PlanSet from an already parsed JSON value.
pub fn plan_set_from_value(v: &Value) -> Loaded<PlanSet> {
    let mut r = Reader::default();
    let mut set = PlanSet::default();
    if !matches!(v, Value::Object(_)) {
        r.error(
            "$",
            expected("an object {\"version\": 1, \"plans\": [...]}", "对象", v),
        );
        return r.finish(set);
    }
    r.version("version", v.get("version"));
    match v.get("plans") {
        Some(Value::Array(plans)) => {
            // Ids seen so far: a set, so that large files load in n·log n, not n².
            let mut seen = IdSet::default();
            for (i, p) in plans.iter().enumerate() {
                let path = format!("plans[{i}]");
                if let Some(plan) = r.plan(&path, p) {
                    if !seen.insert(&plan.id) {
                        r.error(
                            &format!("{path}.id"),
                            format!(
                                "duplicate plan id \"{}\"; this plan is skipped (方案id重复,已跳过)",
                                plan.id
                            ),
                        );
                    } else {
                        set.plans.push(plan);
                    }
                }
            }
        }
        Some(other) => r.error("plans", expected("an array of plans", "方案数组", other)),
        None => r.error("plans", "missing field \"plans\" (缺少字段 plans)".into()),
    }
    r.finish(set)
}

/// Loads a separate actuals file (`{"version": 1, "actuals": [...]}`).
pub fn load_actuals(text: &str) -> Loaded<ActualsFile> {
    let mut r = Reader::default();
    let mut file = ActualsFile {
        version: FORMAT_VERSION,
        actuals: Vec::new(),
    };
    let v = match json::parse(text) {
        Ok(v) => v,
        Err(e) => {
            r.error("$", format!("not valid JSON: {e} (不是有效的JSON)"));
            return r.finish(file);
        }
    };
    if !matches!(v, Value::Object(_)) {
        r.error(
            "$",
            expected("an object {\"version\": 1, \"actuals\": [...]}", "对象", &v),
        );
        return r.finish(file);
    }
    r.version("version", v.get("version"));
    match v.get("actuals") {
        Some(Value::Array(items)) => {
            for (i, a) in items.iter().enumerate() {
                if let Some(rec) = r.actual_record(&format!("actuals[{i}]"), a) {
                    file.actuals.push(rec);
                }
            }
        }
        Some(other) => r.error("actuals", expected("an array", "数组", other)),
        None => r.error(
            "actuals",
            "missing field \"actuals\" (缺少字段 actuals)".into(),
        ),
    }
    r.finish(file)
}

/// Merges monitoring records into the plans: a record for a year the indicator already has
/// replaces it. Records naming an unknown plan or indicator are reported and skipped.
pub fn merge_actuals(set: &mut PlanSet, file: &ActualsFile) -> Vec<Diagnostic> {
    let index = IndicatorIndex::new(set);
    let mut diags = Vec::new();
    for (i, rec) in file.actuals.iter().enumerate() {
        let path = format!("actuals[{i}]");
        if !index.plans.contains_key(rec.plan.as_str()) {
            diags.push(Diagnostic::error(
                format!("{path}.plan"),
                format!("no plan with id \"{}\" (找不到该规划)", rec.plan),
            ));
            continue;
        }
        let Some((p, n)) = index.get(&rec.plan, &rec.indicator) else {
            diags.push(Diagnostic::error(
                format!("{path}.indicator"),
                format!(
                    "plan \"{}\" has no indicator with id or key \"{}\" (找不到该指标)",
                    rec.plan, rec.indicator
                ),
            ));
            continue;
        };
        let ind = &mut set.plans[p].indicators[n];
        let actual = Actual {
            year: rec.year,
            value: rec.value,
            unit: rec.unit.clone().filter(|u| Some(u) != ind.unit.as_ref()),
            note: rec.note.clone(),
        };
        ind.actuals.retain(|a| a.year != rec.year);
        ind.actuals.push(actual);
        crate::model::sort_by_year(&mut ind.actuals, |a| a.year);
    }
    diags
}

/// One map type for every id lookup in this module, and the same as the table search's
/// (`view::search`): each distinct BTreeMap instantiation costs kilobytes in the wasm
/// bundle, so values are `u32` indices and only `get`/`insert` are used.
type IdMap = std::collections::BTreeMap<String, u32>;

/// Ids seen so far: a map, so that large files load in n·log n, not n².
#[derive(Default)]
struct IdSet(IdMap);

impl IdSet {
    /// Adds `id`; false when it was already there.
    fn insert(&mut self, id: &str) -> bool {
        self.0.insert(id.to_string(), 0).is_none()
    }
}

/// (plan id, indicator id or key) → (plan index, indicator index), so that merging a large
/// actuals file is n·log n rather than a scan per record.
struct IndicatorIndex {
    /// Plan ids (the value is unused).
    plans: IdMap,
    /// Joined key → index into `slots`.
    map: IdMap,
    /// (plan index, indicator index) per indicator.
    slots: Vec<(usize, usize)>,
}

impl IndicatorIndex {
    fn new(set: &PlanSet) -> Self {
        let mut ix = IndicatorIndex {
            plans: IdMap::new(),
            map: IdMap::new(),
            slots: Vec::new(),
        };
        for plan in &set.plans {
            ix.plans.insert(plan.id.clone(), 0);
        }
        for (p, plan) in set.plans.iter().enumerate() {
            for (n, ind) in plan.indicators.iter().enumerate() {
                ix.add(Self::key(&plan.id, &ind.id), (p, n));
            }
        }
        // Keys second: an indicator id wins over another indicator's key.
        for (p, plan) in set.plans.iter().enumerate() {
            for (n, ind) in plan.indicators.iter().enumerate() {
                if let Some(k) = &ind.key {
                    ix.add(Self::key(&plan.id, k), (p, n));
                }
            }
        }
        ix
    }

    /// Maps `key` to `slot` unless it is already mapped (the first one wins).
    fn add(&mut self, key: String, slot: (usize, usize)) {
        if !self.map.contains_key(&key) {
            self.map.insert(key, self.slots.len() as u32);
            self.slots.push(slot);
        }
    }

    /// Plan id and indicator id joined by a character that ids do not contain.
    fn key(plan: &str, indicator: &str) -> String {
        let mut k = String::with_capacity(plan.len() + indicator.len() + 1);
        k.push_str(plan);
        k.push('\u{0}');
        k.push_str(indicator);
        k
    }

    fn get(&self, plan: &str, indicator: &str) -> Option<(usize, usize)> {
        let &i = self.map.get(&Self::key(plan, indicator))?;
        self.slots.get(i as usize).copied()
    }
}

/// "expected X, got Y (应为…)" in one place so every message reads alike.
fn expected(what: &str, what_zh: &str, got: &Value) -> String {
    format!(
        "expected {what}, got {} (应为{what_zh},实际为 {})",
        got.describe(),
        got.describe()
    )
}

/// Collects diagnostics while reading; the per-field readers return `None` on error.
#[derive(Default)]
struct Reader {
    diags: Vec<Diagnostic>,
}

/// An indicator-level problem: the indicator is skipped.
struct Skip;

impl Reader {
    fn finish<T>(self, value: T) -> Loaded<T> {
        Loaded {
            value,
            diagnostics: self.diags,
        }
    }

    fn error(&mut self, path: &str, msg: String) {
        self.diags.push(Diagnostic::error(path, msg));
    }

    fn warning(&mut self, path: &str, msg: String) {
        self.diags.push(Diagnostic::warning(path, msg));
    }

    fn version(&mut self, path: &str, v: Option<&Value>) {
        match v {
            Some(Value::Number(n)) if *n == FORMAT_VERSION as f64 => {}
            None => self.warning(
                path,
                "missing \"version\"; assuming 1 (缺少版本号,按1处理)".into(),
            ),
            Some(other) => self.error(
                path,
                format!(
                    "unsupported version {}; expected 1 (不支持的版本)",
                    other.describe()
                ),
            ),
        }
    }

    // ---- scalar readers: report and return None/Err on a wrong value ----

    /// A required, non-empty string.
    fn req_str(&mut self, obj: &Value, path: &str, key: &str) -> Option<String> {
        let p = format!("{path}.{key}");
        match obj.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            Some(Value::String(_)) => {
                self.error(&p, "must not be empty (不能为空)".into());
                None
            }
            None => {
                self.error(&p, format!("missing field \"{key}\" (缺少字段 {key})"));
                None
            }
            Some(other) => {
                self.error(&p, expected("a string", "字符串", other));
                None
            }
        }
    }

    /// An optional string: `Ok(None)` when absent or null.
    fn opt_str(&mut self, obj: &Value, path: &str, key: &str) -> Result<Option<String>, Skip> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => {
                self.error(
                    &format!("{path}.{key}"),
                    expected("a string or null", "字符串或null", other),
                );
                Err(Skip)
            }
        }
    }

    fn number(&mut self, v: Option<&Value>, path: &str) -> Result<f64, Skip> {
        match v {
            Some(Value::Number(n)) => Ok(*n),
            None => {
                self.error(path, "missing number (缺少数值)".into());
                Err(Skip)
            }
            Some(other) => {
                self.error(path, expected("a number", "数字", other));
                Err(Skip)
            }
        }
    }

    fn year(&mut self, v: Option<&Value>, path: &str) -> Result<i32, Skip> {
        let n = self.number(v, path)?;
        if n.fract() != 0.0 {
            self.error(
                path,
                format!(
                    "year must be a whole number, got {} (年份应为整数)",
                    json::format_number(n)
                ),
            );
            return Err(Skip);
        }
        if !YEARS.contains(&(n as i64)) {
            self.error(
                path,
                format!(
                    "year {} is out of range {}–{} (年份超出范围)",
                    json::format_number(n),
                    YEARS.start(),
                    YEARS.end()
                ),
            );
            return Err(Skip);
        }
        Ok(n as i32)
    }

    fn flag(&mut self, obj: &Value, path: &str, key: &str) -> Result<bool, Skip> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => {
                self.error(
                    &format!("{path}.{key}"),
                    expected("true or false", "布尔值", other),
                );
                Err(Skip)
            }
        }
    }

    fn op(&mut self, v: Option<&Value>, path: &str) -> Result<Op, Skip> {
        match v {
            Some(Value::String(s)) => Op::from_name(s).ok_or_else(|| {
                self.error(
                    path,
                    format!(
                        "unknown op \"{s}\"; expected one of >=, >, =, <=, <, range, x2 (未知的比较符)"
                    ),
                );
                Skip
            }),
            None => {
                self.error(path, "missing field \"op\" (缺少字段 op)".into());
                Err(Skip)
            }
            Some(other) => {
                self.error(path, expected("an op string", "比较符字符串", other));
                Err(Skip)
            }
        }
    }

    /// An optional array; `Ok(&[])` when absent or null.
    fn opt_array<'v>(
        &mut self,
        obj: &'v Value,
        path: &str,
        key: &str,
    ) -> Result<&'v [Value], Skip> {
        match obj.get(key) {
            None | Some(Value::Null) => Ok(&[]),
            Some(Value::Array(a)) => Ok(a),
            Some(other) => {
                self.error(
                    &format!("{path}.{key}"),
                    expected("an array", "数组", other),
                );
                Err(Skip)
            }
        }
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str) -> Result<&'v Value, Skip> {
        if matches!(v, Value::Object(_)) {
            Ok(v)
        } else {
            self.error(path, expected("an object", "对象", v));
            Err(Skip)
        }
    }

    // ---- structures ----

    fn plan(&mut self, path: &str, v: &Value) -> Option<Plan> {
        self.object(v, path).ok()?;
        let id = self.req_str(v, path, "id");
        let title = self.req_str(v, path, "title");
        let region = self.req_str(v, path, "region");
        let level = match v.get("level") {
            Some(Value::String(s)) => Level::from_name(s).or_else(|| {
                self.error(
                    &format!("{path}.level"),
                    format!("unknown level \"{s}\"; expected national, province, city, county or district (未知的行政级别)"),
                );
                None
            }),
            None => {
                self.error(&format!("{path}.level"), "missing field \"level\" (缺少字段 level)".into());
                None
            }
            Some(other) => {
                self.error(&format!("{path}.level"), expected("a level string", "行政级别", other));
                None
            }
        };
        let (id, title, region, level) = match (id, title, region, level) {
            (Some(a), Some(b), Some(c), Some(d)) => (a, b, c, d),
            _ => {
                self.error(
                    path,
                    "plan skipped: a required field is missing or wrong (规划缺少必填字段,已跳过)"
                        .into(),
                );
                return None;
            }
        };
        let issuer = self.opt_str(v, path, "issuer").unwrap_or(None);
        let doc_number = self.opt_str(v, path, "doc_number").unwrap_or(None);
        let issued = self.opt_str(v, path, "issued").unwrap_or(None);
        let issued = issued.and_then(|d| self.date(&format!("{path}.issued"), d));
        let period = self.period(v, path);
        let mut plan = Plan {
            id,
            title,
            region,
            level,
            issuer,
            doc_number,
            issued,
            period,
            indicators: Vec::new(),
        };
        if let Ok(items) = self.opt_array(v, path, "indicators") {
            let mut seen = IdSet::default();
            for (i, item) in items.iter().enumerate() {
                let ipath = format!("{path}.indicators[{i}]");
                let Ok(ind) = self.indicator(&ipath, item) else {
                    self.error(&ipath, "indicator skipped (该指标已跳过)".into());
                    continue;
                };
                if !seen.insert(&ind.id) {
                    self.error(
                        &format!("{ipath}.id"),
                        format!(
                            "duplicate indicator id \"{}\"; skipped (指标id重复,已跳过)",
                            ind.id
                        ),
                    );
                    continue;
                }
                plan.indicators.push(ind);
            }
        }
        Some(plan)
    }

    fn date(&mut self, path: &str, d: String) -> Option<String> {
        let b = d.as_bytes();
        let ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && d.chars()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
            && (1..=12).contains(&d[5..7].parse::<u32>().unwrap_or(0))
            && (1..=31).contains(&d[8..10].parse::<u32>().unwrap_or(0));
        if ok {
            Some(d)
        } else {
            self.error(
                path,
                format!("expected a date YYYY-MM-DD, got \"{d}\" (日期格式应为YYYY-MM-DD)"),
            );
            None
        }
    }

    fn period(&mut self, v: &Value, path: &str) -> Option<(i32, i32)> {
        let p = format!("{path}.period");
        match v.get("period") {
            None | Some(Value::Null) => None,
            Some(Value::Array(a)) if a.len() == 2 => {
                let s = self.year(a.first(), &format!("{p}[0]")).ok()?;
                let e = self.year(a.get(1), &format!("{p}[1]")).ok()?;
                if s > e {
                    self.error(
                        &p,
                        format!("period starts ({s}) after it ends ({e}) (起止年份颠倒)"),
                    );
                    return None;
                }
                Some((s, e))
            }
            Some(other) => {
                self.error(
                    &p,
                    expected("[start_year, end_year]", "[起始年, 结束年]", other),
                );
                None
            }
        }
    }

    fn indicator(&mut self, path: &str, v: &Value) -> Result<Indicator, Skip> {
        self.object(v, path)?;
        let id = self.req_str(v, path, "id");
        let name = self.req_str(v, path, "name");
        let key = self.opt_str(v, path, "key");
        let category = match v.get("category") {
            None | Some(Value::Null) => Ok(Category::Other),
            Some(Value::String(s)) => Category::from_name(s).ok_or_else(|| {
                self.error(
                    &format!("{path}.category"),
                    format!("unknown category \"{s}\"; expected creation, utilization, protection, service, management or other (未知的类别)"),
                );
                Skip
            }),
            Some(other) => {
                self.error(&format!("{path}.category"), expected("a category string", "类别", other));
                Err(Skip)
            }
        };
        let unit = self.opt_str(v, path, "unit");
        let baseline = self.baseline(v, path);
        let targets = self.targets(v, path);
        let growth = self.growth(v, path);
        let cumulative = self.flag(v, path, "cumulative");
        let per_year = self.flag(v, path, "per_year");
        let attribute = match v.get("attribute") {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Attribute::from_name(s).map(Some).ok_or_else(|| {
                self.error(
                    &format!("{path}.attribute"),
                    format!(
                        "unknown attribute \"{s}\"; expected 预期性 or 约束性 (未知的指标属性)"
                    ),
                );
                Skip
            }),
            Some(other) => {
                self.error(
                    &format!("{path}.attribute"),
                    expected("预期性 or 约束性", "预期性或约束性", other),
                );
                Err(Skip)
            }
        };
        let source = self.source(v, path);
        let actuals = self.actuals(v, path);
        let (Some(id), Some(name)) = (id, name) else {
            return Err(Skip);
        };
        let mut ind = Indicator {
            id,
            name,
            key: key?,
            category: category?,
            unit: unit?,
            baseline: baseline?,
            targets: targets?,
            growth: growth?,
            cumulative: cumulative?,
            per_year: per_year?,
            attribute: attribute?,
            source: source?,
            actuals: actuals?,
        };
        crate::model::sort_by_year(&mut ind.targets, |t| t.year);
        self.check_years(path, &ind);
        Ok(ind)
    }

    /// Warnings that do not skip: a baseline after a target, no target at all.
    fn check_years(&mut self, path: &str, ind: &Indicator) {
        if let (Some(b), Some(t)) = (&ind.baseline, ind.targets.first()) {
            if b.year >= t.year {
                self.warning(
                    &format!("{path}.baseline.year"),
                    format!("baseline year {} is not before the first target year {} (基期年份不早于目标年份)", b.year, t.year),
                );
            }
        }
        if ind.targets.is_empty() && ind.growth.is_none() {
            self.warning(
                &format!("{path}.targets"),
                "no target and no growth rate (没有目标值)".into(),
            );
        }
    }

    fn baseline(&mut self, v: &Value, path: &str) -> Result<Option<Measure>, Skip> {
        let p = format!("{path}.baseline");
        let b = match v.get("baseline") {
            None | Some(Value::Null) => return Ok(None),
            Some(b) => self.object(b, &p)?,
        };
        let year = self.year(b.get("year"), &format!("{p}.year"));
        let value = self.number(b.get("value"), &format!("{p}.value"));
        let unit = self.opt_str(b, &p, "unit");
        Ok(Some(Measure {
            year: year?,
            value: value?,
            unit: unit?,
        }))
    }

    fn targets(&mut self, v: &Value, path: &str) -> Result<Vec<Target>, Skip> {
        let items = self.opt_array(v, path, "targets")?;
        if items.len() > MAX_TARGETS {
            self.error(
                &format!("{path}.targets"),
                format!(
                    "{} targets; at most {MAX_TARGETS} milestones per indicator (目标值过多)",
                    items.len()
                ),
            );
            return Err(Skip);
        }
        let mut out = Vec::new();
        let mut bad = false;
        for (i, t) in items.iter().enumerate() {
            match self.target(&format!("{path}.targets[{i}]"), t) {
                Ok(t) => out.push(t),
                Err(Skip) => bad = true,
            }
        }
        if bad {
            Err(Skip)
        } else {
            Ok(out)
        }
    }

    fn target(&mut self, p: &str, t: &Value) -> Result<Target, Skip> {
        self.object(t, p)?;
        let year = self.year(t.get("year"), &format!("{p}.year"));
        let op = self.op(t.get("op"), &format!("{p}.op"));
        let value = match t.get("value") {
            None | Some(Value::Null) => Ok(None),
            other => self.number(other, &format!("{p}.value")).map(Some),
        };
        let high = match t.get("high") {
            None | Some(Value::Null) => Ok(None),
            other => self.number(other, &format!("{p}.high")).map(Some),
        };
        let unit = self.opt_str(t, p, "unit");
        let (year, op, value, high, unit) = (year?, op?, value?, high?, unit?);
        if value.is_none() && op != Op::Double {
            self.error(
                &format!("{p}.value"),
                format!("a \"{}\" target needs a value (缺少目标值)", op.as_str()),
            );
            return Err(Skip);
        }
        let high = match (op, value, high) {
            (Op::Range, Some(lo), Some(hi)) if hi < lo => {
                self.error(
                    &format!("{p}.high"),
                    format!(
                        "range high {} is below its low {} (区间上限小于下限)",
                        json::format_number(hi),
                        json::format_number(lo)
                    ),
                );
                return Err(Skip);
            }
            (Op::Range, _, None) => {
                self.error(
                    &format!("{p}.high"),
                    "a range target needs \"high\" (区间目标缺少上限)".into(),
                );
                return Err(Skip);
            }
            (Op::Range, _, hi) => hi,
            (_, _, Some(_)) => {
                self.warning(
                    &format!("{p}.high"),
                    "\"high\" is only used with op \"range\"; ignored (非区间目标的上限已忽略)"
                        .into(),
                );
                None
            }
            (_, _, None) => None,
        };
        Ok(Target {
            year,
            op,
            value,
            high,
            unit,
        })
    }

    fn growth(&mut self, v: &Value, path: &str) -> Result<Option<Growth>, Skip> {
        let p = format!("{path}.growth");
        let g = match v.get("growth") {
            None | Some(Value::Null) => return Ok(None),
            Some(g) => self.object(g, &p)?,
        };
        let rate = self.number(g.get("annual_rate_pct"), &format!("{p}.annual_rate_pct"));
        let op = match g.get("op") {
            None | Some(Value::Null) => Ok(Op::Ge),
            other => self.op(other, &format!("{p}.op")),
        };
        let (annual_rate_pct, op) = (rate?, op?);
        if matches!(op, Op::Range | Op::Double) {
            self.error(
                &format!("{p}.op"),
                format!(
                    "op \"{}\" does not apply to a growth rate (增长率不能使用该比较符)",
                    op.as_str()
                ),
            );
            return Err(Skip);
        }
        Ok(Some(Growth {
            annual_rate_pct,
            op,
        }))
    }

    fn source(&mut self, v: &Value, path: &str) -> Result<Option<Source>, Skip> {
        let p = format!("{path}.source");
        let s = match v.get("source") {
            None | Some(Value::Null) => return Ok(None),
            Some(s) => self.object(s, &p)?,
        };
        let kind = match s.get("kind") {
            Some(Value::String(k)) if k == "table" => SourceKind::Table,
            Some(Value::String(k)) if k == "prose" => SourceKind::Prose,
            Some(other) => {
                self.error(
                    &format!("{p}.kind"),
                    expected("\"table\" or \"prose\"", "table或prose", other),
                );
                return Err(Skip);
            }
            None => SourceKind::Prose,
        };
        let quote = self.opt_str(s, &p, "quote")?.unwrap_or_default();
        let offset = match s.get("offset") {
            None | Some(Value::Null) => 0,
            Some(Value::Number(n)) if *n >= 0.0 && n.fract() == 0.0 => *n as usize,
            Some(other) => {
                self.error(
                    &format!("{p}.offset"),
                    expected("a character offset (whole number ≥ 0)", "非负整数", other),
                );
                return Err(Skip);
            }
        };
        Ok(Some(Source {
            kind,
            quote,
            offset,
        }))
    }

    fn actuals(&mut self, v: &Value, path: &str) -> Result<Vec<Actual>, Skip> {
        let items = self.opt_array(v, path, "actuals")?;
        let mut out: Vec<Actual> = Vec::new();
        let mut bad = false;
        for (i, a) in items.iter().enumerate() {
            let p = format!("{path}.actuals[{i}]");
            let Ok(a) = self.object(a, &p) else {
                bad = true;
                continue;
            };
            let year = self.year(a.get("year"), &format!("{p}.year"));
            let value = self.number(a.get("value"), &format!("{p}.value"));
            let unit = self.opt_str(a, &p, "unit");
            let note = self.opt_str(a, &p, "note");
            match (year, value, unit, note) {
                (Ok(year), Ok(value), Ok(unit), Ok(note)) => {
                    if out.iter().any(|x| x.year == year) {
                        self.warning(&format!("{p}.year"), format!("a second actual for {year}; the later one is kept (同一年份有多个监测值,取后者)"));
                        out.retain(|x| x.year != year);
                    }
                    out.push(Actual {
                        year,
                        value,
                        unit,
                        note,
                    });
                }
                _ => bad = true,
            }
        }
        crate::model::sort_by_year(&mut out, |a| a.year);
        if bad {
            Err(Skip)
        } else {
            Ok(out)
        }
    }

    fn actual_record(&mut self, p: &str, a: &Value) -> Option<ActualRecord> {
        self.object(a, p).ok()?;
        let plan = self.req_str(a, p, "plan");
        let indicator = self.req_str(a, p, "indicator");
        let year = self.year(a.get("year"), &format!("{p}.year"));
        let value = self.number(a.get("value"), &format!("{p}.value"));
        let unit = self.opt_str(a, p, "unit");
        let note = self.opt_str(a, p, "note");
        match (plan, indicator, year, value, unit, note) {
            (Some(plan), Some(indicator), Ok(year), Ok(value), Ok(unit), Ok(note)) => {
                Some(ActualRecord {
                    plan,
                    indicator,
                    year,
                    value,
                    unit,
                    note,
                })
            }
            _ => {
                self.error(p, "record skipped (该监测记录已跳过)".into());
                None
            }
        }
    }
}
