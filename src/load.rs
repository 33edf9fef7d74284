//! JSON → model, with a diagnostic per problem (SPEC §2).
//!
//! Loading never panics and never loses the good part: a problem inside an indicator skips
//! that indicator only; a problem in a plan's required fields skips that plan only; a
//! wrong optional field is reported and left empty. Every diagnostic names its JSON path.

use crate::idmap::IdMap;
use crate::json::{self, Value};
use crate::model::*;
use crate::num;

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
    let mut r = Reader::default();
    match json::parse(text) {
        Ok(v) => return plan_set_from_value(&v),
        Err(e) => r.not_json(&e),
    }
    r.finish(PlanSet::default())
}

/// Loads a PlanSet from an already parsed JSON value.
pub fn plan_set_from_value(v: &Value) -> Loaded<PlanSet> {
    let mut r = Reader::default();
    let mut set = PlanSet::default();
    if !matches!(v, Value::Object(_)) {
        r.expected(
            &Path::root("$"),
            "an object {\"version\": 1, \"plans\": [...]}",
            "对象",
            v,
        );
        return r.finish(set);
    }
    r.version(v.get("version"));
    let plans = Path::root("plans");
    match v.get("plans") {
        Some(Value::Array(items)) => {
            // Ids seen so far: a set, so that large files load in n·log n, not n².
            let mut seen = IdSet::default();
            for (i, p) in items.iter().enumerate() {
                let path = plans.at(i);
                if let Some(plan) = r.plan(&path, p) {
                    if !seen.insert(&plan.id) {
                        r.error(
                            &path.key("id"),
                            format_args!(
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
        Some(other) => r.expected(&plans, "an array of plans", "方案数组", other),
        None => r.error(
            &plans,
            format_args!("missing field \"plans\" (缺少字段 plans)"),
        ),
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
            r.not_json(&e);
            return r.finish(file);
        }
    };
    if !matches!(v, Value::Object(_)) {
        r.expected(
            &Path::root("$"),
            "an object {\"version\": 1, \"actuals\": [...]}",
            "对象",
            &v,
        );
        return r.finish(file);
    }
    r.version(v.get("version"));
    let actuals = Path::root("actuals");
    match v.get("actuals") {
        Some(Value::Array(items)) => {
            for (i, a) in items.iter().enumerate() {
                if let Some(rec) = r.actual_record(&actuals.at(i), a) {
                    file.actuals.push(rec);
                }
            }
        }
        Some(other) => r.expected(&actuals, "an array", "数组", other),
        None => r.error(
            &actuals,
            format_args!("missing field \"actuals\" (缺少字段 actuals)"),
        ),
    }
    r.finish(file)
}

/// Merges monitoring records into the plans: a record for a year the indicator already has
/// replaces it; a record naming a key goes to every indicator with that key (milestones
/// stated apart). Records naming an unknown plan or indicator are reported and skipped.
pub fn merge_actuals(set: &mut PlanSet, file: &ActualsFile) -> Vec<Diagnostic> {
    let index = IndicatorIndex::new(set);
    let mut r = Reader::default();
    let actuals = Path::root("actuals");
    for (i, rec) in file.actuals.iter().enumerate() {
        let path = actuals.at(i);
        if !index.plans.contains_key(rec.plan.as_str()) {
            r.error(
                &path.key("plan"),
                format_args!("no plan with id \"{}\" (找不到该规划)", rec.plan),
            );
            continue;
        }
        let found = index.get(&rec.plan, &rec.indicator);
        if found.is_empty() {
            r.error(
                &path.key("indicator"),
                format_args!(
                    "plan \"{}\" has no indicator with id or key \"{}\" (找不到该指标)",
                    rec.plan, rec.indicator
                ),
            );
            continue;
        }
        for (p, n) in found {
            let Some(ind) = set
                .plans
                .get_mut(p)
                .and_then(|plan| plan.indicators.get_mut(n))
            else {
                continue;
            };
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
    }
    r.diags
}

/// Ids seen so far: a hash map, so that large files load in linear time, not n².
#[derive(Default)]
struct IdSet(IdMap);

impl IdSet {
    /// Adds `id`; false when it was already there.
    fn insert(&mut self, id: &str) -> bool {
        self.0.insert(id, 0).is_none()
    }
}

/// (plan id, indicator id or key) → (plan index, indicator index), so that merging a large
/// actuals file takes a look-up per record rather than a scan.
struct IndicatorIndex {
    /// Plan ids (the value is unused).
    plans: IdMap,
    /// Joined plan and indicator id → index into `slots`.
    ids: IdMap,
    /// Joined plan id and key → index into `chains`.
    keys: IdMap,
    /// (first, last) slot of the indicators sharing a key.
    chains: Vec<(u32, u32)>,
    /// (plan index, indicator index), and the next slot with the same key.
    slots: Vec<((usize, usize), Option<u32>)>,
}

impl IndicatorIndex {
    fn new(set: &PlanSet) -> Self {
        let mut ix = IndicatorIndex {
            plans: IdMap::default(),
            ids: IdMap::default(),
            keys: IdMap::default(),
            chains: Vec::new(),
            slots: Vec::new(),
        };
        for plan in &set.plans {
            ix.plans.insert(&plan.id, 0);
        }
        for (p, plan) in set.plans.iter().enumerate() {
            for (n, ind) in plan.indicators.iter().enumerate() {
                let slot = ix.slots.len() as u32;
                // The first of equal ids wins (the loader has reported the others).
                if ix.ids.insert(&Self::key(&plan.id, &ind.id), slot).is_none() {
                    ix.slots.push(((p, n), None));
                }
                if let Some(k) = &ind.key {
                    ix.chain(&Self::key(&plan.id, k), (p, n));
                }
            }
        }
        ix
    }

    /// Adds `slot` to the indicators with joined key `key`, in document order.
    fn chain(&mut self, key: &str, slot: (usize, usize)) {
        let s = self.slots.len() as u32;
        self.slots.push((slot, None));
        let c = self.chains.len() as u32;
        match self.keys.insert(key, c) {
            None => self.chains.push((s, s)),
            Some(c) => {
                if let Some(ch) = self.chains.get_mut(c as usize) {
                    if let Some(last) = self.slots.get_mut(ch.1 as usize) {
                        last.1 = Some(s);
                    }
                    ch.1 = s;
                }
            }
        }
    }

    /// Every indicator `indicator` names in `plan`: the one with that id, or else all
    /// with that key (milestones stated apart measure one quantity).
    fn get(&self, plan: &str, indicator: &str) -> Vec<(usize, usize)> {
        let k = Self::key(plan, indicator);
        if let Some(&(slot, _)) = self.ids.get(&k).and_then(|i| self.slots.get(i as usize)) {
            return vec![slot];
        }
        let mut out = Vec::new();
        let first = self.keys.get(&k).and_then(|c| self.chains.get(c as usize));
        let mut next = first.map(|c| c.0);
        while let Some(&(slot, after)) = next.and_then(|i| self.slots.get(i as usize)) {
            out.push(slot);
            next = after;
        }
        out
    }

    /// Plan id and indicator id joined by a character that ids do not contain.
    fn key(plan: &str, indicator: &str) -> String {
        let mut k = String::with_capacity(plan.len() + indicator.len() + 1);
        k.push_str(plan);
        k.push('\u{0}');
        k.push_str(indicator);
        k
    }
}

/// A JSON path (`plans[0].indicators[2].year`), written out only when a diagnostic needs
/// it: most fields are fine, and in the wasm bundle every `format!` of a path cost code.
#[derive(Clone, Copy)]
struct Path<'a> {
    /// The enclosing value's path; `None` at the top.
    up: Option<&'a Path<'a>>,
    /// The last step.
    step: Step<'a>,
}

/// One step of a [`Path`].
#[derive(Clone, Copy)]
enum Step<'a> {
    /// `.key` (no dot at the top).
    Key(&'a str),
    /// `[i]`.
    Index(usize),
}

impl<'a> Path<'a> {
    /// A top-level path (`$`, `plans`, `version`).
    fn root(key: &'a str) -> Path<'a> {
        Path {
            up: None,
            step: Step::Key(key),
        }
    }

    /// `self.key`.
    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path {
            up: Some(self),
            step: Step::Key(key),
        }
    }

    /// `self[i]`.
    fn at(&'a self, i: usize) -> Path<'a> {
        Path {
            up: Some(self),
            step: Step::Index(i),
        }
    }

    /// Appends the path to `out`.
    fn write(&self, out: &mut String) {
        if let Some(up) = self.up {
            up.write(out);
        }
        match self.step {
            Step::Key(k) => {
                if self.up.is_some() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => {
                out.push('[');
                num::push_u64(out, i as u64);
                out.push(']');
            }
        }
    }
}

/// A number as diagnostics show it (as in the JSON).
fn number_text(n: f64) -> String {
    json::format_number(n)
}

/// Collects diagnostics while reading.
///
/// The field readers return a default on a wrong value (after reporting it) and callers
/// compare [`Reader::errors`] before and after a structure to decide whether to skip it:
/// every field is still checked and reported, but without a `Result` per field, whose
/// unwinding (dropping every other field on each early exit) was most of this module's
/// wasm code.
#[derive(Default)]
struct Reader {
    diags: Vec<Diagnostic>,
    /// Errors (not warnings) so far.
    errors: usize,
}

impl Reader {
    fn finish<T>(self, value: T) -> Loaded<T> {
        Loaded {
            value,
            diagnostics: self.diags,
        }
    }

    /// Errors reported so far.
    fn errors(&self) -> usize {
        self.errors
    }

    /// Reports a problem (the message formatted here, once, rather than at every site).
    fn report(&mut self, severity: Severity, path: &Path, msg: std::fmt::Arguments) {
        let mut p = String::new();
        path.write(&mut p);
        if severity == Severity::Error {
            self.errors += 1;
        }
        self.diags.push(Diagnostic {
            severity,
            path: p,
            message: std::fmt::format(msg),
            span: None,
        });
    }

    fn error(&mut self, path: &Path, msg: std::fmt::Arguments) {
        self.report(Severity::Error, path, msg);
    }

    fn warning(&mut self, path: &Path, msg: std::fmt::Arguments) {
        self.report(Severity::Warning, path, msg);
    }

    /// "expected X, got Y (应为…)" in one place so every message reads alike.
    fn expected(&mut self, path: &Path, what: &str, what_zh: &str, got: &Value) {
        let d = got.describe();
        self.error(
            path,
            format_args!("expected {what}, got {d} (应为{what_zh},实际为 {d})"),
        );
    }

    fn not_json(&mut self, e: &json::SyntaxError) {
        self.error(
            &Path::root("$"),
            format_args!("not valid JSON: {e} (不是有效的JSON)"),
        );
    }

    fn version(&mut self, v: Option<&Value>) {
        let path = Path::root("version");
        match v {
            Some(Value::Number(n)) if *n == FORMAT_VERSION as f64 => {}
            None => self.warning(
                &path,
                format_args!("missing \"version\"; assuming 1 (缺少版本号,按1处理)"),
            ),
            Some(other) => self.error(
                &path,
                format_args!(
                    "unsupported version {}; expected 1 (不支持的版本)",
                    other.describe()
                ),
            ),
        }
    }

    // ---- field readers: report a wrong value and return a default ----

    /// A required, non-empty string (empty on error).
    fn req_str(&mut self, obj: &Value, path: &Path, key: &str) -> String {
        let p = path.key(key);
        match obj.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => return s.clone(),
            Some(Value::String(_)) => self.error(&p, format_args!("must not be empty (不能为空)")),
            None => self.missing(&p, key),
            Some(other) => self.expected(&p, "a string", "字符串", other),
        }
        String::new()
    }

    /// `missing field "key"`.
    fn missing(&mut self, path: &Path, key: &str) {
        self.error(
            path,
            format_args!("missing field \"{key}\" (缺少字段 {key})"),
        );
    }

    /// An optional string: `None` when absent, null or wrong.
    fn opt_str(&mut self, obj: &Value, path: &Path, key: &str) -> Option<String> {
        match obj.get(key)? {
            Value::Null => None,
            Value::String(s) => Some(s.clone()),
            other => {
                self.expected(&path.key(key), "a string or null", "字符串或null", other);
                None
            }
        }
    }

    /// A required number (`None` on error).
    fn number(&mut self, v: Option<&Value>, path: &Path) -> Option<f64> {
        match v {
            Some(Value::Number(n)) => return Some(*n),
            None => self.error(path, format_args!("missing number (缺少数值)")),
            Some(other) => self.expected(path, "a number", "数字", other),
        }
        None
    }

    /// The number at `obj.key` (0 on error).
    fn number_at(&mut self, obj: &Value, path: &Path, key: &str) -> f64 {
        self.number(obj.get(key), &path.key(key)).unwrap_or(0.0)
    }

    /// An optional number at `obj.key`: `None` when absent, null or wrong.
    fn opt_number(&mut self, obj: &Value, path: &Path, key: &str) -> Option<f64> {
        match obj.get(key)? {
            Value::Null => None,
            v => self.number(Some(v), &path.key(key)),
        }
    }

    /// The year at `obj.key` (0 on error).
    fn year_at(&mut self, obj: &Value, path: &Path, key: &str) -> i32 {
        self.year(obj.get(key), &path.key(key))
    }

    /// A whole year within [`YEARS`] (0 on error).
    fn year(&mut self, v: Option<&Value>, path: &Path) -> i32 {
        let Some(n) = self.number(v, path) else {
            return 0;
        };
        if n.fract() != 0.0 {
            self.error(
                path,
                format_args!(
                    "year must be a whole number, got {} (年份应为整数)",
                    number_text(n)
                ),
            );
            return 0;
        }
        if !YEARS.contains(&(n as i64)) {
            self.error(
                path,
                format_args!(
                    "year {} is out of range {}–{} (年份超出范围)",
                    number_text(n),
                    *YEARS.start(),
                    *YEARS.end()
                ),
            );
            return 0;
        }
        n as i32
    }

    /// An optional flag (false when absent, null or wrong).
    fn flag(&mut self, obj: &Value, path: &Path, key: &str) -> bool {
        match obj.get(key) {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(other) => {
                self.expected(&path.key(key), "true or false", "布尔值", other);
                false
            }
        }
    }

    /// A name from a closed list (`op`, `level`, `category`, `attribute`) at `obj.key`;
    /// `None` when wrong, or absent and `optional`. Not generic over the enum (one copy of
    /// this code in the wasm): callers parse the name they get back.
    fn name<'v>(
        &mut self,
        obj: &'v Value,
        path: &Path,
        key: &str,
        optional: bool,
        names: &Names,
    ) -> Option<&'v str> {
        let p = path.key(key);
        match obj.get(key) {
            Some(Value::String(s)) => {
                let known = (names.known)(s);
                if !known {
                    self.error(
                        &p,
                        format_args!(
                            "unknown {key} \"{s}\"; expected {} ({})",
                            names.list, names.unknown_zh
                        ),
                    );
                }
                return known.then_some(s.as_str());
            }
            None | Some(Value::Null) if optional => {}
            None => self.missing(&p, key),
            Some(other) => self.expected(&p, names.kind, names.kind_zh, other),
        }
        None
    }

    /// The required `op` of `obj`.
    fn op(&mut self, obj: &Value, path: &Path) -> Option<Op> {
        self.name(obj, path, "op", false, &OP_NAMES)
            .and_then(Op::from_name)
    }

    /// An optional array (empty when absent, null or wrong).
    fn opt_array<'v>(&mut self, obj: &'v Value, path: &Path, key: &str) -> &'v [Value] {
        match obj.get(key) {
            None | Some(Value::Null) => &[],
            Some(Value::Array(a)) => a,
            Some(other) => {
                self.expected(&path.key(key), "an array", "数组", other);
                &[]
            }
        }
    }

    /// Whether `v` is an object (reported when not).
    fn object(&mut self, v: &Value, path: &Path) -> bool {
        let ok = matches!(v, Value::Object(_));
        if !ok {
            self.expected(path, "an object", "对象", v);
        }
        ok
    }

    /// The optional object at `obj.key`: `None` when absent, null or wrong.
    fn opt_object<'v>(&mut self, obj: &'v Value, path: &Path, key: &str) -> Option<&'v Value> {
        match obj.get(key)? {
            Value::Null => None,
            v => self.object(v, &path.key(key)).then_some(v),
        }
    }

    // ---- structures: `None` when skipped ----

    fn plan(&mut self, path: &Path, v: &Value) -> Option<Plan> {
        if !self.object(v, path) {
            return None;
        }
        let errors = self.errors();
        let id = self.req_str(v, path, "id");
        let title = self.req_str(v, path, "title");
        let region = self.req_str(v, path, "region");
        let level = self
            .name(v, path, "level", false, &LEVEL_NAMES)
            .and_then(Level::from_name);
        let (Some(level), true) = (level, self.errors() == errors) else {
            self.error(
                path,
                format_args!(
                    "plan skipped: a required field is missing or wrong (规划缺少必填字段,已跳过)"
                ),
            );
            return None;
        };
        let issuer = self.opt_str(v, path, "issuer");
        let doc_number = self.opt_str(v, path, "doc_number");
        let issued = self.opt_str(v, path, "issued");
        let issued = issued.and_then(|d| self.date(&path.key("issued"), d));
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
        let items = self.opt_array(v, path, "indicators");
        let indicators = path.key("indicators");
        let mut seen = IdSet::default();
        for (i, item) in items.iter().enumerate() {
            let ipath = indicators.at(i);
            let Some(ind) = self.indicator(&ipath, item) else {
                self.error(&ipath, format_args!("indicator skipped (该指标已跳过)"));
                continue;
            };
            if !seen.insert(&ind.id) {
                self.error(
                    &ipath.key("id"),
                    format_args!(
                        "duplicate indicator id \"{}\"; skipped (指标id重复,已跳过)",
                        ind.id
                    ),
                );
                continue;
            }
            plan.indicators.push(ind);
        }
        Some(plan)
    }

    fn date(&mut self, path: &Path, d: String) -> Option<String> {
        // Digits are checked first, so the month and day arithmetic cannot overflow.
        let two = |a: u8, b: u8| (a - b'0') * 10 + (b - b'0');
        let ok = match *d.as_bytes() {
            [_, _, _, _, b'-', m0, m1, b'-', d0, d1] => {
                d.bytes()
                    .enumerate()
                    .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
                    && (1..=12).contains(&two(m0, m1))
                    && (1..=31).contains(&two(d0, d1))
            }
            _ => false,
        };
        if ok {
            return Some(d);
        }
        self.error(
            path,
            format_args!("expected a date YYYY-MM-DD, got \"{d}\" (日期格式应为YYYY-MM-DD)"),
        );
        None
    }

    fn period(&mut self, v: &Value, path: &Path) -> Option<(i32, i32)> {
        let p = path.key("period");
        match v.get("period")? {
            Value::Null => None,
            Value::Array(a) if a.len() == 2 => {
                // The end year is only checked when the start year is fine.
                let errors = self.errors();
                let s = self.year(a.first(), &p.at(0));
                if self.errors() > errors {
                    return None;
                }
                let e = self.year(a.get(1), &p.at(1));
                if self.errors() > errors {
                    return None;
                }
                if s > e {
                    self.error(
                        &p,
                        format_args!("period starts ({s}) after it ends ({e}) (起止年份颠倒)"),
                    );
                    return None;
                }
                Some((s, e))
            }
            other => {
                self.expected(&p, "[start_year, end_year]", "[起始年, 结束年]", other);
                None
            }
        }
    }

    // Not inlined into the plan loop: measured smaller in the wasm (as for `target`).
    #[inline(never)]
    fn indicator(&mut self, path: &Path, v: &Value) -> Option<Indicator> {
        if !self.object(v, path) {
            return None;
        }
        let errors = self.errors();
        let mut ind = Indicator {
            id: self.req_str(v, path, "id"),
            name: self.req_str(v, path, "name"),
            key: self.opt_str(v, path, "key"),
            category: self
                .name(v, path, "category", true, &CATEGORY_NAMES)
                .and_then(Category::from_name)
                .unwrap_or(Category::Other),
            unit: self.opt_str(v, path, "unit"),
            baseline: self.baseline(v, path),
            targets: self.targets(v, path),
            growth: self.growth(v, path),
            cumulative: self.flag(v, path, "cumulative"),
            per_year: self.flag(v, path, "per_year"),
            attribute: self
                .name(v, path, "attribute", true, &ATTRIBUTE_NAMES)
                .and_then(Attribute::from_name),
            source: self.source(v, path),
            actuals: self.actuals(v, path),
        };
        // Any error inside skips the whole indicator.
        if self.errors() > errors {
            return None;
        }
        crate::model::sort_by_year(&mut ind.targets, |t| t.year);
        self.check_years(path, &ind);
        Some(ind)
    }

    /// Warnings that do not skip: a baseline after a target, no target at all.
    fn check_years(&mut self, path: &Path, ind: &Indicator) {
        if let (Some(b), Some(t)) = (&ind.baseline, ind.targets.first()) {
            if b.year >= t.year {
                self.warning(
                    &path.key("baseline").key("year"),
                    format_args!(
                        "baseline year {} is not before the first target year {} \
                         (基期年份不早于目标年份)",
                        b.year, t.year
                    ),
                );
            }
        }
        if ind.targets.is_empty() && ind.growth.is_none() {
            self.warning(
                &path.key("targets"),
                format_args!("no target and no growth rate (没有目标值)"),
            );
        }
    }

    fn baseline(&mut self, v: &Value, path: &Path) -> Option<Measure> {
        let p = path.key("baseline");
        let b = self.opt_object(v, path, "baseline")?;
        Some(Measure {
            year: self.year_at(b, &p, "year"),
            value: self.number_at(b, &p, "value"),
            unit: self.opt_str(b, &p, "unit"),
        })
    }

    fn targets(&mut self, v: &Value, path: &Path) -> Vec<Target> {
        let items = self.opt_array(v, path, "targets");
        let p = path.key("targets");
        if items.len() > MAX_TARGETS {
            self.error(
                &p,
                format_args!(
                    "{} targets; at most {MAX_TARGETS} milestones per indicator (目标值过多)",
                    items.len()
                ),
            );
            return Vec::new();
        }
        let mut out = Vec::new();
        for (i, t) in items.iter().enumerate() {
            if let Some(t) = self.target(&p.at(i), t) {
                out.push(t);
            }
        }
        out
    }

    #[inline(never)]
    fn target(&mut self, p: &Path, t: &Value) -> Option<Target> {
        if !self.object(t, p) {
            return None;
        }
        let errors = self.errors();
        let year = self.year_at(t, p, "year");
        let op = self.op(t, p);
        let value = self.opt_number(t, p, "value");
        let high = self.opt_number(t, p, "high");
        let unit = self.opt_str(t, p, "unit");
        let (Some(op), true) = (op, self.errors() == errors) else {
            return None;
        };
        if value.is_none() && op != Op::Double {
            self.error(
                &p.key("value"),
                format_args!("a \"{}\" target needs a value (缺少目标值)", op.as_str()),
            );
            return None;
        }
        let hp = p.key("high");
        let high = match (op, value, high) {
            (Op::Range, Some(lo), Some(hi)) if hi < lo => {
                self.error(
                    &hp,
                    format_args!(
                        "range high {} is below its low {} (区间上限小于下限)",
                        number_text(hi),
                        number_text(lo)
                    ),
                );
                return None;
            }
            (Op::Range, _, None) => {
                self.error(
                    &hp,
                    format_args!("a range target needs \"high\" (区间目标缺少上限)"),
                );
                return None;
            }
            (Op::Range, _, hi) => hi,
            (_, _, Some(_)) => {
                self.warning(
                    &hp,
                    format_args!(
                        "\"high\" is only used with op \"range\"; ignored (非区间目标的上限已忽略)"
                    ),
                );
                None
            }
            (_, _, None) => None,
        };
        Some(Target {
            year,
            op,
            value,
            high,
            unit,
        })
    }

    fn growth(&mut self, v: &Value, path: &Path) -> Option<Growth> {
        let p = path.key("growth");
        let g = self.opt_object(v, path, "growth")?;
        let errors = self.errors();
        let annual_rate_pct = self.number_at(g, &p, "annual_rate_pct");
        let op = match g.get("op") {
            None | Some(Value::Null) => Some(Op::Ge),
            _ => self.op(g, &p),
        };
        let (Some(op), true) = (op, self.errors() == errors) else {
            return None;
        };
        if matches!(op, Op::Range | Op::Double) {
            self.error(
                &p.key("op"),
                format_args!(
                    "op \"{}\" does not apply to a growth rate (增长率不能使用该比较符)",
                    op.as_str()
                ),
            );
            return None;
        }
        Some(Growth {
            annual_rate_pct,
            op,
        })
    }

    fn source(&mut self, v: &Value, path: &Path) -> Option<Source> {
        let p = path.key("source");
        let s = self.opt_object(v, path, "source")?;
        let kind = match s.get("kind") {
            Some(Value::String(k)) if k == "table" => SourceKind::Table,
            Some(Value::String(k)) if k == "prose" => SourceKind::Prose,
            Some(other) => {
                self.expected(
                    &p.key("kind"),
                    "\"table\" or \"prose\"",
                    "table或prose",
                    other,
                );
                return None;
            }
            None => SourceKind::Prose,
        };
        let errors = self.errors();
        let quote = self.opt_str(s, &p, "quote").unwrap_or_default();
        if self.errors() > errors {
            return None;
        }
        let offset = match s.get("offset") {
            None | Some(Value::Null) => 0,
            Some(Value::Number(n)) if *n >= 0.0 && n.fract() == 0.0 => *n as usize,
            Some(other) => {
                self.expected(
                    &p.key("offset"),
                    "a character offset (whole number ≥ 0)",
                    "非负整数",
                    other,
                );
                return None;
            }
        };
        Some(Source {
            kind,
            quote,
            offset,
        })
    }

    fn actuals(&mut self, v: &Value, path: &Path) -> Vec<Actual> {
        let items = self.opt_array(v, path, "actuals");
        let ap = path.key("actuals");
        let mut out: Vec<Actual> = Vec::new();
        for (i, a) in items.iter().enumerate() {
            let p = ap.at(i);
            if !self.object(a, &p) {
                continue;
            }
            let errors = self.errors();
            let actual = Actual {
                year: self.year_at(a, &p, "year"),
                value: self.number_at(a, &p, "value"),
                unit: self.opt_str(a, &p, "unit"),
                note: self.opt_str(a, &p, "note"),
            };
            if self.errors() > errors {
                continue;
            }
            let year = actual.year;
            // Replaced in place (years are unique so far, and sorted below).
            if let Some(x) = out.iter_mut().find(|x| x.year == year) {
                self.warning(
                    &p.key("year"),
                    format_args!(
                        "a second actual for {year}; the later one is kept \
                         (同一年份有多个监测值,取后者)"
                    ),
                );
                *x = actual;
            } else {
                out.push(actual);
            }
        }
        crate::model::sort_by_year(&mut out, |a| a.year);
        out
    }

    fn actual_record(&mut self, p: &Path, a: &Value) -> Option<ActualRecord> {
        if !self.object(a, p) {
            return None;
        }
        let errors = self.errors();
        let rec = ActualRecord {
            plan: self.req_str(a, p, "plan"),
            indicator: self.req_str(a, p, "indicator"),
            year: self.year_at(a, p, "year"),
            value: self.number_at(a, p, "value"),
            unit: self.opt_str(a, p, "unit"),
            note: self.opt_str(a, p, "note"),
        };
        if self.errors() > errors {
            self.error(p, format_args!("record skipped (该监测记录已跳过)"));
            return None;
        }
        Some(rec)
    }
}

/// A closed list of names and the texts that complete its messages.
struct Names {
    /// Whether a name is in the list.
    known: fn(&str) -> bool,
    /// The accepted names, for "expected …".
    list: &'static str,
    /// The Chinese label of an unknown name.
    unknown_zh: &'static str,
    /// What a wrong type should have been (English, Chinese).
    kind: &'static str,
    kind_zh: &'static str,
}

const OP_NAMES: Names = Names {
    known: |s| Op::from_name(s).is_some(),
    list: "one of >=, >, =, <=, <, range, x2",
    unknown_zh: "未知的比较符",
    kind: "an op string",
    kind_zh: "比较符字符串",
};
const LEVEL_NAMES: Names = Names {
    known: |s| Level::from_name(s).is_some(),
    list: "national, province, city, county or district",
    unknown_zh: "未知的行政级别",
    kind: "a level string",
    kind_zh: "行政级别",
};
const CATEGORY_NAMES: Names = Names {
    known: |s| Category::from_name(s).is_some(),
    list: "creation, utilization, protection, service, management or other",
    unknown_zh: "未知的类别",
    kind: "a category string",
    kind_zh: "类别",
};
const ATTRIBUTE_NAMES: Names = Names {
    known: |s| Attribute::from_name(s).is_some(),
    list: "预期性 or 约束性",
    unknown_zh: "未知的指标属性",
    kind: "预期性 or 约束性",
    kind_zh: "预期性或约束性",
};
