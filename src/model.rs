//! The plan data model (SPEC §2): what a parsed or curated plan holds.
//!
//! Numbers keep the plan's own unit (8.5万件 is `8.5` with unit `万件`); conversion happens
//! only in calculations and formatting. Every collection is a `Vec` so that printed and
//! rendered output follows document order, never hash order.

use serde::Serialize;

/// The current data format version of [`PlanSet`] and [`ActualsFile`].
pub const FORMAT_VERSION: u32 = 1;

/// A set of plans (`{"version": 1, "plans": [...]}`), the unit that widgets load.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanSet {
    /// Format version; always [`FORMAT_VERSION`].
    pub version: u32,
    /// The plans, in file order.
    pub plans: Vec<Plan>,
}

impl Default for PlanSet {
    fn default() -> Self {
        PlanSet {
            version: FORMAT_VERSION,
            plans: Vec::new(),
        }
    }
}

impl PlanSet {
    /// The plan with this id.
    pub fn plan(&self, id: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.id == id)
    }
}

/// One development plan (规划 / 实施方案 / 行动方案).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// Stable slug, e.g. `zibo-ip-2021-2025`.
    pub id: String,
    /// The plan's title, without 《》.
    pub title: String,
    /// The region the plan governs (淄博市, 天津市静海区 …).
    pub region: String,
    /// Administrative level of the region.
    pub level: Level,
    /// Issuing body (发文机关), when known.
    pub issuer: Option<String>,
    /// Document number exactly as written (文号), e.g. 淄政办字〔2021〕104号.
    pub doc_number: Option<String>,
    /// Issue date as `YYYY-MM-DD` (成文日期).
    pub issued: Option<String>,
    /// First and last year the plan covers.
    pub period: Option<(i32, i32)>,
    /// The plan's quantitative indicators, in document order.
    pub indicators: Vec<Indicator>,
}

impl Plan {
    /// The indicator whose id or canonical key is `id_or_key` (id wins). Of several with
    /// the key (milestones stated apart: 到2028年…、到2030年…), the one with the latest
    /// target year, the plan's headline goal; the first of equals.
    pub fn indicator(&self, id_or_key: &str) -> Option<&Indicator> {
        if let Some(i) = self.indicators.iter().find(|i| i.id == id_or_key) {
            return Some(i);
        }
        let last_year = |i: &Indicator| i.targets.iter().map(|t| t.year).max();
        let mut best: Option<&Indicator> = None;
        for i in &self.indicators {
            if i.key.as_deref() == Some(id_or_key)
                && best.is_none_or(|b| last_year(i) > last_year(b))
            {
                best = Some(i);
            }
        }
        best
    }
}

/// Administrative level (行政级别) of a plan's region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// 国家级.
    National,
    /// 省级 (省, 自治区, 直辖市).
    Province,
    /// 地级 (市, 州, 盟).
    City,
    /// 县级 (县, 县级市, 旗).
    County,
    /// 市辖区 (区).
    District,
}

impl Level {
    /// Every level, in rank order.
    pub const ALL: [Level; 5] = [
        Level::National,
        Level::Province,
        Level::City,
        Level::County,
        Level::District,
    ];

    /// The JSON spelling (`"province"` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
            Level::District => "district",
        }
    }

    /// Parses the JSON spelling.
    pub fn from_name(s: &str) -> Option<Level> {
        Level::ALL.iter().copied().find(|l| l.as_str() == s)
    }
}

/// One quantitative indicator (指标) and its targets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Indicator {
    /// Unique within the plan.
    pub id: String,
    /// The name as written in the plan.
    pub name: String,
    /// Canonical key shared across plans (SPEC §4), e.g. `invention_patents_per_10k`.
    pub key: Option<String>,
    /// Thematic category.
    pub category: Category,
    /// Unit as written (件, 万件, 亿元, %, 家 …).
    pub unit: Option<String>,
    /// Base-year value (基期值).
    pub baseline: Option<Measure>,
    /// Targets (目标值), one per milestone year, in year order.
    pub targets: Vec<Target>,
    /// Average annual growth target (年均增长).
    pub growth: Option<Growth>,
    /// 累计: progress sums yearly flows since the period's first year.
    pub cumulative: bool,
    /// 每年: a recurring yearly bar rather than an end-of-period level.
    pub per_year: bool,
    /// 属性: 预期性 or 约束性.
    pub attribute: Option<Attribute>,
    /// Where in the source text the indicator was stated (`None` for hand-made data).
    pub source: Option<Source>,
    /// Monitoring data (监测值), in year order.
    pub actuals: Vec<Actual>,
}

/// Thematic category of an indicator (SPEC §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// 创造 (patents, trademarks created).
    Creation,
    /// 运用 (licensing, pledge financing, commercialisation).
    Utilization,
    /// 保护 (enforcement, case handling).
    Protection,
    /// 服务 (service agencies, platforms, talent).
    Service,
    /// 管理 (management standards, demonstration enterprises).
    Management,
    /// Anything else.
    Other,
}

impl Category {
    /// Every category, in display order.
    pub const ALL: [Category; 6] = [
        Category::Creation,
        Category::Utilization,
        Category::Protection,
        Category::Service,
        Category::Management,
        Category::Other,
    ];

    /// The JSON spelling (`"creation"` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Creation => "creation",
            Category::Utilization => "utilization",
            Category::Protection => "protection",
            Category::Service => "service",
            Category::Management => "management",
            Category::Other => "other",
        }
    }

    /// Parses the JSON spelling.
    pub fn from_name(s: &str) -> Option<Category> {
        Category::ALL.iter().copied().find(|c| c.as_str() == s)
    }

    /// The Chinese label (创造, 运用 …).
    pub fn label_zh(self) -> &'static str {
        match self {
            Category::Creation => "创造",
            Category::Utilization => "运用",
            Category::Protection => "保护",
            Category::Service => "服务",
            Category::Management => "管理",
            Category::Other => "其他",
        }
    }
}

/// A value in a given year: a baseline (基期值).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    /// The year the value refers to.
    pub year: i32,
    /// The value, in the plan's unit.
    pub value: f64,
    /// Its own unit, when the plan states it in another unit than the indicator's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// Comparison operator of a target (达到 / 超过 / 以上 …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Op {
    /// 达到, 以上, 不低于, 不少于.
    #[serde(rename = ">=")]
    Ge,
    /// 超过, 突破.
    #[serde(rename = ">")]
    Gt,
    /// Exactly.
    #[serde(rename = "=")]
    Eq,
    /// 不高于, 控制在…以内.
    #[serde(rename = "<=")]
    Le,
    /// 低于.
    #[serde(rename = "<")]
    Lt,
    /// 8家—10家: `value` is the low end, `high` the high end.
    #[serde(rename = "range")]
    Range,
    /// 翻一番: `value` is twice the baseline (or null when the baseline is unknown).
    #[serde(rename = "x2")]
    Double,
}

impl Op {
    /// Every operator.
    pub const ALL: [Op; 7] = [
        Op::Ge,
        Op::Gt,
        Op::Eq,
        Op::Le,
        Op::Lt,
        Op::Range,
        Op::Double,
    ];

    /// The JSON spelling (`">="` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Ge => ">=",
            Op::Gt => ">",
            Op::Eq => "=",
            Op::Le => "<=",
            Op::Lt => "<",
            Op::Range => "range",
            Op::Double => "x2",
        }
    }

    /// Parses the JSON spelling.
    pub fn from_name(s: &str) -> Option<Op> {
        Op::ALL.iter().copied().find(|o| o.as_str() == s)
    }

    /// The operator with its direction reversed (>= ↔ <=, > ↔ <): for a quantity stated
    /// as a fall.
    pub fn flipped(self) -> Op {
        match self {
            Op::Ge => Op::Le,
            Op::Gt => Op::Lt,
            Op::Le => Op::Ge,
            Op::Lt => Op::Gt,
            op => op,
        }
    }

    /// Whether the target asks for a value to fall (<=, <).
    pub fn is_falling(self) -> bool {
        matches!(self, Op::Le | Op::Lt)
    }
}

/// One target (目标值) of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Target {
    /// Milestone year.
    pub year: i32,
    /// How the value must compare.
    pub op: Op,
    /// The target value; `None` only for 翻一番 with no stated baseline.
    pub value: Option<f64>,
    /// High end of a range target; `None` unless `op` is `range`.
    pub high: Option<f64>,
    /// Its own unit, when stated in another unit than the indicator's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// An average annual growth target (年均增长 N%).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Growth {
    /// Rate in percent per year (15 for 15%).
    pub annual_rate_pct: f64,
    /// How the rate must compare (以上 → `>=`).
    pub op: Op,
}

/// 属性 column of an indicator table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Attribute {
    /// An expected target (预期性).
    #[serde(rename = "预期性")]
    Expected,
    /// A binding target (约束性).
    #[serde(rename = "约束性")]
    Binding,
}

impl Attribute {
    /// The JSON spelling, which is the Chinese term.
    pub fn as_str(self) -> &'static str {
        match self {
            Attribute::Expected => "预期性",
            Attribute::Binding => "约束性",
        }
    }

    /// Parses the JSON spelling (also accepts the traditional 預期性/約束性).
    pub fn from_name(s: &str) -> Option<Attribute> {
        match s {
            "预期性" | "預期性" => Some(Attribute::Expected),
            "约束性" | "約束性" => Some(Attribute::Binding),
            _ => None,
        }
    }
}

/// Where an indicator was stated in the source text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Source {
    /// A row of an indicator table, or prose (including 专栏 boxes).
    pub kind: SourceKind,
    /// The exact words, a substring of the text.
    pub quote: String,
    /// Character (code point) index of `quote` in the text.
    pub offset: usize,
}

/// The kind of passage an indicator came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A row of an indicator table (指标表).
    Table,
    /// Running text, 专栏 boxes, stage lists.
    Prose,
}

impl SourceKind {
    /// The JSON spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Table => "table",
            SourceKind::Prose => "prose",
        }
    }
}

/// One monitoring value (监测值).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actual {
    /// The year the value refers to.
    pub year: i32,
    /// The value.
    pub value: f64,
    /// Its own unit, when it differs from the indicator's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Source or caveat; `示例数据` marks sample values.
    pub note: Option<String>,
}

/// The note that marks a value as sample data, not a published figure.
pub const SAMPLE_NOTE: &str = "示例数据";

impl Actual {
    /// Whether this is sample data rather than a published figure.
    pub fn is_sample(&self) -> bool {
        self.note.as_deref() == Some(SAMPLE_NOTE)
    }
}

/// A separate monitoring-data file (`{"version": 1, "actuals": [...]}`).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ActualsFile {
    /// Format version.
    pub version: u32,
    /// The records, in file order.
    pub actuals: Vec<ActualRecord>,
}

/// One record of an [`ActualsFile`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActualRecord {
    /// Plan id.
    pub plan: String,
    /// Indicator id or canonical key.
    pub indicator: String,
    /// The year the value refers to.
    pub year: i32,
    /// The value.
    pub value: f64,
    /// Its own unit, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Source or caveat.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was skipped or could not be read.
    Error,
    /// Read, but doubtful.
    Warning,
}

/// A problem found while loading data or parsing text: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// JSON path (`plans[0].indicators[1].targets[0].value`) or a text position label.
    pub path: String,
    /// A readable message (Chinese-reading users: what is wrong and where).
    pub message: String,
    /// Character range `[start, end)` in the source text, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<(usize, usize)>,
}

impl Diagnostic {
    /// An error at a JSON path.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
            span: None,
        }
    }

    /// A warning at a JSON path.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// The same diagnostic with a character span.
    pub fn with_span(mut self, start: usize, end: usize) -> Self {
        self.span = Some((start, end));
        self
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: {}: {}", self.path, self.message)
    }
}

/// Assessment status (SPEC §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The target is met (已完成).
    Achieved,
    /// On track (进展顺利).
    OnTrack,
    /// Moderate progress (进展一般).
    Moderate,
    /// Insufficient progress (进展不足).
    Insufficient,
    /// Moving away from the target (偏离目标).
    MovingAway,
    /// No data to assess (暂无数据).
    NoData,
}

impl Status {
    /// Every status, best first.
    pub const ALL: [Status; 6] = [
        Status::Achieved,
        Status::OnTrack,
        Status::Moderate,
        Status::Insufficient,
        Status::MovingAway,
        Status::NoData,
    ];

    /// The JSON spelling (`"on_track"` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on_track",
            Status::Moderate => "moderate",
            Status::Insufficient => "insufficient",
            Status::MovingAway => "moving_away",
            Status::NoData => "no_data",
        }
    }

    /// Parses the JSON spelling.
    pub fn from_name(s: &str) -> Option<Status> {
        Status::ALL.iter().copied().find(|x| x.as_str() == s)
    }

    /// The Chinese label shown in widgets.
    pub fn label_zh(self) -> &'static str {
        match self {
            Status::Achieved => "已完成",
            Status::OnTrack => "进展顺利",
            Status::Moderate => "进展一般",
            Status::Insufficient => "进展不足",
            Status::MovingAway => "偏离目标",
            Status::NoData => "暂无数据",
        }
    }
}

/// How far an indicator is from its goal (SPEC §5). Fields that do not apply are `None`
/// (JSON `null`); no field is ever NaN or infinite.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The verdict.
    pub status: Status,
    /// One sentence in Chinese saying why.
    pub reason: String,
    /// The milestone measured against.
    pub target: Option<Target>,
    /// `(a − b) / (v − b)`.
    pub progress: Option<f64>,
    /// `(Y − B) / (T − B)`.
    pub time_elapsed: Option<f64>,
    /// Value expected by the linear schedule in the actual's year.
    pub expected_linear: Option<f64>,
    /// 时间过半、任务过半: `progress >= time_elapsed`.
    pub on_schedule: Option<bool>,
    /// Actual compound annual growth rate (fraction per year).
    pub cagr_actual: Option<f64>,
    /// Required compound annual growth rate (fraction per year).
    pub cagr_required: Option<f64>,
    /// `cagr_actual / cagr_required` (Eurostat ratio).
    pub growth_ratio: Option<f64>,
    /// Yearly growth needed from the actual to reach the target in the remaining years.
    pub still_needed_cagr: Option<f64>,
    /// 每年 targets: share of assessed years whose actual met the bar (0–1); else absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_met: Option<f64>,
    /// Range targets: whether the high end (the stretch goal) is met; else absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stretch_met: Option<bool>,
}

/// Stable insertion sort by year, for the short per-indicator lists (targets, actuals).
///
/// Why not `sort_by_key`: each instantiation of the standard stable sort adds kilobytes to
/// the wasm bundle, and these lists hold a handful of items.
pub(crate) fn sort_by_year<T>(v: &mut [T], year: impl Fn(&T) -> i32) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && year(&v[j - 1]) > year(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}
