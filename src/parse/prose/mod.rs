//! Targets in running text: goal sections, 专栏 boxes, task and stage sections.
//!
//! The text is read line by line (headings set the context: review sections, stage years,
//! 专栏 boxes), then sentence by sentence (a year written early in a sentence applies to
//! the whole sentence), then clause by clause. In a clause each number is either
//! * name-first: `有效注册商标总量超过8.5万件`, `知识产权示范企业30个`, or
//! * count-first after a verb: `培育100家知识产权优势企业`, `建成2—3个…`,
//!
//! with special forms for 分别 lists, 年均增长 rates, 翻一番 and 零突破.

mod names;
mod sections;

use super::scan::{
    arabic_at, chinese_at, is_numeral, is_space, qty_at, ratio_words, year_at, Doc, Qty, WordSet,
};
use super::words::*;
use super::Cand;
use crate::model::{Diagnostic, Growth, Measure, Op, SourceKind, Target};
use names::{
    is_lead_punct, is_level_word, lead_years, share_head, share_quoted_head, share_suffix,
    skip_article, strip_level, trim, NameSpan,
};
use sections::{ends_sentence, title_mask};

/// What the prose scan found.
#[derive(Default)]
pub struct ProseOut {
    /// Targets, in document order.
    pub targets: Vec<Cand>,
    /// Values of the previous period (十三五 achievements): baseline material only.
    pub past: Vec<Cand>,
    /// Problems worth reporting.
    pub diagnostics: Vec<Diagnostic>,
}

/// A heading on the context stack.
struct Heading {
    level: u8,
    review: bool,
    year: Option<i32>,
    is_box: bool,
    /// 第一章 (章, 部分, 篇): the 一、 sections below it nest inside it.
    chapter: bool,
    /// A sentence of the section after its heading line has been read (a 专栏 takes
    /// the year of its first only).
    read: bool,
    /// Where the heading's line ends.
    line_end: usize,
    /// A numbered item's number; for a 专栏, that of the item it stands in.
    num: Option<u32>,
    /// 申报条件, 认定标准: what applicants must meet, no targets (nor results).
    rules: bool,
    /// 发展目标, 主要目标: the items under it set goals, whatever their titles say
    /// (2.品牌培育成效显著).
    goals: bool,
}

/// What is done with cases (办理, 审结 …).
const HANDLING: &[&str] = &[
    "办理", "受理", "处理", "查处", "查办", "审结", "办结", "结案", "调处", "新收", "调解", "抽检",
];

/// `各级管理部门办理专利侵权纠纷案件` → `专利侵权纠纷案件`: the cases, without who
/// handled them.
fn after_handling(name: &str) -> &str {
    HANDLING
        .iter()
        .filter_map(|v| name.rfind(v).map(|i| i + v.len()))
        .max()
        .and_then(|i| name.get(i..))
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(name)
}

/// The name of a rate or average `rate` of the cases `counted`: 办理专利侵权纠纷案件 +
/// 结案率 → 专利侵权纠纷案件结案率; 知识产权纠纷调解案件 + 调解成功率 → 知识产权纠纷
/// 调解成功率 (the rate names the handling itself; so does 受理…纠纷调解申请 + 调解成功率,
/// the applications counted).
fn rate_of_cases(counted: &str, rate: &str) -> String {
    // (调解成功57件，…平均办结周期41天: the average of the mediation, not of its
    // successes.)
    let counted = match counted.strip_suffix("成功") {
        Some(h) if rate.starts_with("平均") && h.chars().count() >= 2 => h,
        _ => counted,
    };
    let handled = HANDLING.iter().find_map(|v| {
        let head = counted
            .strip_suffix("案件")
            .or_else(|| counted.strip_suffix("申请"))?
            .strip_suffix(v)?;
        (rate.starts_with(v) && head.chars().count() >= 2).then_some(head)
    });
    match handled {
        Some(head) => format!("{}{rate}", after_handling(head)),
        None => format!("{}{rate}", after_handling(counted)),
    }
}

/// Endings of a name that is a measure of something, not the thing counted.
const MEASURE_ENDS: &[&str] = &[
    "率", "比重", "占比", "度", "量", "额", "数", "周期", "指数", "规模", "比例",
];

/// Ends of names of bodies and places that a plan builds (中心, 调解组织, 网点).
const ENTITY_ENDS: &[&str] = &[
    "中心",
    "组织",
    "网点",
    "工作站",
    "指导站",
    "服务站",
    "机构",
    "基地",
    "平台",
    "联盟",
];

/// `国家级示范点` after `省级行政裁决规范化建设示范点`: the level with the thing the name
/// before named (国家级行政裁决规范化建设示范点), when the short name's words end it.
fn level_short(name: &str, last: Option<&str>) -> Option<String> {
    let k = name.find('级')? + '级'.len_utf8();
    let (level, tail) = name.split_at(k);
    if level.chars().count() > 4 || tail.chars().count() < 2 {
        return None;
    }
    let last = last?;
    let body = strip_level(last);
    (body.len() < last.len() && body.ends_with(tail) && body.len() > tail.len())
        .then(|| format!("{level}{body}"))
}

/// 新增…工作站3个，总数达到15个: a bare total after an increment counts all the stations,
/// not the new ones (知识产权维权援助工作站总数).
fn total_of_new(name: &str) -> Option<String> {
    let thing = ["新增", "新建"].iter().find_map(|w| name.strip_prefix(w))?;
    (thing.chars().count() >= 2).then(|| format!("{thing}总数"))
}

/// `a` then `b`, written once where `b` starts with what `a` ends with (…质量抽检 +
/// 抽检合格率 → …质量抽检合格率).
fn joined(a: &str, b: &str) -> String {
    let shared = b
        .char_indices()
        .skip(2)
        .map(|(i, _)| i)
        .filter(|&i| a.ends_with(&b[..i]))
        .last()
        .unwrap_or(0);
    format!("{a}{}", &b[shared..])
}

/// Whether `[a, b)` puts each unit first (每个乡（镇）至少…, 每家企业…) before a 、 list the
/// number stands in.
fn each_unit_before(doc: &Doc, a: usize, b: usize) -> bool {
    // (The 40 chars before the number only: a clause may hold thousands of numbers.)
    let a = b.saturating_sub(40).max(a);
    (a..b).any(|j| doc.at(j) == '、')
        && ["每个", "每家", "每所", "每条", "每户"]
            .iter()
            .any(|w| doc.find(a, b, w).is_some())
}

/// Whether a rate's name starts at `i` (办结率, 按期结案率 after 24小时内): a few name
/// characters, then 率.
fn rate_named_after(doc: &Doc, i: usize) -> bool {
    (i..(i + 6).min(doc.len()))
        .take_while(|&j| super::scan::is_cjk(doc.at(j)))
        .any(|j| doc.at(j) == '率')
}

/// Where 在2020年基础上 starts before `p`, the base a multiple compares with.
/// (在“十四五”基础上 compares; 企业在“一带一路”共建国家的申请量 names a place.)
fn base_anchor(doc: &Doc, ca: usize, p: usize) -> Option<usize> {
    (ca..p).find(|&j| {
        doc.at(j) == '在'
            && (doc.at(j + 1).is_ascii_digit()
                || matches!(doc.at(j + 1), '“' | '十') && doc.find(j, p, "基础").is_some())
    })
}

/// Where the verb of 达到2025年的2倍 starts, for the 倍 at `p` (达到, 是, 为, 增至 before
/// a year's multiple).
fn year_multiple(doc: &Doc, ca: usize, p: usize) -> Option<usize> {
    let k = (ca..p).rev().find(|&k| doc.starts(k, "年的"))?;
    let count =
        k + 2 < p && (k + 2..p).all(|j| doc.at(j).is_ascii_digit() || is_numeral(doc.at(j)));
    let y = k
        .checked_sub(4)
        .filter(|&y| count && y >= ca && year_at(doc, y).is_some())?;
    ["达到", "提高到", "增长到", "增至", "相当于", "是", "为"]
        .iter()
        .find(|w| doc.ends(ca, y, w))
        .map(|w| y - w.chars().count())
}

/// Places whose names start with a numeral (七台河, 三门峡): no count.
const NUMERAL_PLACES: &[&str] = &[
    "七台河",
    "三门峡",
    "六盘水",
    "十堰",
    "四平",
    "六安",
    "三亚",
    "三明",
    "五指山",
    "万宁",
    "九江",
    "三沙",
    "五家渠",
    "七星关",
    "八步",
    "三河",
    "二连浩特",
    "万州",
    "九龙坡",
    "九台",
    "六合",
];

/// Whether the clause ending at `ca` (its comma) opens on a unit each (每个…, 每家…): up to
/// 40 chars back, within the sentence.
fn per_unit_clause_before(doc: &Doc, ca: usize) -> bool {
    let end = ca.saturating_sub(1);
    let from = (end.saturating_sub(40)..end)
        .rev()
        .find(|&j| matches!(doc.at(j), '。' | ';' | ',' | ':' | '\n'))
        .map_or(end.saturating_sub(40), |j| j + 1);
    let a = trim(doc, from, end).0;
    PER_UNIT_STARTS.iter().any(|w| doc.starts(a, w))
}

/// The brand quoted in the 60 chars before `b` in the sentence (做强“某某好粮”区域公用品牌，…):
/// its quoted name with the words up to 品牌 after it, when they follow.
fn brand_before(doc: &Doc, start: usize, b: usize) -> Option<String> {
    let from = b.saturating_sub(60).max(start);
    let close = (from..b).rev().find(|&j| doc.at(j) == '”')?;
    let open = (from..close).rev().find(|&j| doc.at(j) == '“')?;
    // (Up to 品牌 in the same clause: “某某大米”品牌, “某某好粮”区域公用品牌.)
    let end = (close + 1..(close + 9).min(b))
        .take_while(|&j| doc.at(j - 1) != ',')
        .find(|&j| doc.ends(close + 1, j, "品牌"))?;
    Some(doc.orig_str(open, end))
}

/// `网点全年办件量` after `新增知识产权公共服务网点…` (the last name): the measure of the
/// body the last name counts, with its full name (知识产权公共服务网点办件量).
fn body_measure(name: &str, last: Option<&str>) -> Option<String> {
    let body = ["网点", "工作站", "服务站", "中心"]
        .iter()
        .find(|w| name.starts_with(*w))?;
    let rest = name[body.len()..].trim_start_matches("全年");
    if !(2..=4).contains(&rest.chars().count())
        || !["量", "数", "率", "额"].iter().any(|e| rest.ends_with(e))
    {
        return None;
    }
    let last = last?;
    let last = ["新增", "新建"]
        .iter()
        .find_map(|w| last.strip_prefix(w))
        .unwrap_or(last);
    let full = ["总数", "数量"]
        .iter()
        .find_map(|w| last.strip_suffix(w))
        .unwrap_or(last);
    (full.ends_with(body) && full.len() > body.len()).then(|| format!("{full}{rest}"))
}

/// 惠及企业 after an amount of financing (质押融资登记金额…，惠及企业…): the firms that
/// financing reached (质押融资惠及企业).
fn reached_by(name: &str, last: Option<&str>) -> Option<String> {
    if !name.starts_with("惠及") || name.chars().count() > 6 {
        return None;
    }
    let l = last?;
    let head = ["登记金额", "金额", "规模", "额"]
        .iter()
        .find_map(|w| l.strip_suffix(w))?;
    // (质押登记金额…，惠及企业26家: the firms the pledge financing reached.)
    if head.ends_with("质押") {
        return Some(format!("{head}融资{name}"));
    }
    Some(format!("{head}{name}"))
}

/// 版权代理、评估、鉴定等服务机构 → 版权服务机构: the kinds listed before 等 (short words
/// of one length after the field that leads the first) narrow nothing the bodies a
/// target counts.
fn kinds_collapsed(name: &str) -> Option<String> {
    let (list, kind) = name.split_once('等')?;
    let items: Vec<&str> = list.split('、').collect();
    let n = items.get(1)?.chars().count();
    let same = items[1..].iter().all(|i| i.chars().count() == n);
    let first = items[0].chars().count();
    // (托管、检索、分析等服务 names the services themselves: only bodies are collapsed.)
    let body = ["机构", "企业", "单位", "组织"]
        .iter()
        .any(|w| kind.ends_with(w));
    if !(2..=3).contains(&n) || !same || first < n + 2 || !body {
        return None;
    }
    let field: String = items[0].chars().take(first - n).collect();
    Some(format!("{field}{kind}"))
}

/// Whether a name is a rate alone (合格率, 按时处理率), which needs the thing it measures.
pub(super) fn is_bare_rate(name: &str) -> bool {
    let n = name.chars().count();
    name.ends_with('率')
        && (3..=5).contains(&n)
        && !["增长", "增速", "贡献", "占有"]
            .iter()
            .any(|w| name.starts_with(w))
        && !asks_whom(name)
}

/// Whether a satisfaction rate names whom it asks (群众满意率, 企业满意率): the public's
/// rating, not a rate of the thing counted before it.
fn asks_whom(name: &str) -> bool {
    name.strip_suffix("满意率")
        .is_some_and(|who| ["群众", "公众", "企业", "社会", "市民", "用户", "客户"].contains(&who))
}

/// Whether the words before 应当 at `j` name the bodies a threshold picks (…不低于5%的企业，
/// 应当…): the sentence is a rule from its start.
fn threshold_subject(doc: &Doc, sa: usize, j: usize) -> bool {
    let mut e = j;
    while e > sa && matches!(doc.at(e - 1), ',' | ' ') {
        e -= 1;
    }
    ["的企业", "的单位", "的机构", "的项目"]
        .iter()
        .any(|w| doc.ends(sa, e, w))
        && (sa..e).any(|k| doc.at(k).is_ascii_digit())
}

/// The size a fund's name-less clause gives (基金规模, 首期规模, 县财政安排首期规模):
/// 规模 or 首期规模, after whoever pays it.
fn fund_size(name: &str) -> Option<&'static str> {
    let rest = name.rsplit_once("安排").map_or(name, |(payer, r)| {
        if payer.ends_with("财政") || payer.is_empty() {
            r
        } else {
            name
        }
    });
    match rest {
        "基金规模" | "资金池规模" | "规模" => Some("规模"),
        "首期规模" | "首期资金规模" => Some("首期规模"),
        _ => None,
    }
}

/// Rates of handled cases, named alone after the count of cases (…案件1836件，结案率96.2%).
const CASE_RATES: &[&str] = &["结案率", "按期结案率", "办结率", "调解成功率", "结案周期"];

impl SentState {
    /// Notes the name of the last statement (and of the last thing counted).
    fn note_name(&mut self, name: String) {
        // 服务机构数量达到2200家: the thing counted is the 服务机构.
        let thing = name.strip_suffix("数量").unwrap_or(&name);
        // 商标侵权案件结案率…，平均办案周期…: the cases are the thing measured.
        let cases = CASE_RATES
            .iter()
            .find_map(|r| thing.strip_suffix(r))
            .filter(|c| is_case_word(c));
        if let Some(c) = cases {
            self.counted = Some(c.to_string());
        } else if HANDLING.contains(&thing) || thing.ends_with("从业人员") {
            // (…服务机构14家，从业人员260人，实现营业收入…: the bodies stay the thing
            // counted.)
            // 新收…案件1.26万件，审结1.19万件，平均审理周期…: a verb alone counts the
            // same cases.
        } else if !MEASURE_ENDS.iter().any(|e| thing.ends_with(e)) {
            self.counted = Some(thing.to_string());
        }
        self.last_name = Some(name);
    }
}

/// Whether the money amount at `s` (clause from `ca`) is a reward's: the rest of a list of
/// rewards, each a short name and its amount (给予一次性奖励30万元、省级网点10万元 /
/// …50万元，银奖30万元; looked for back to the sentence start, within 40 chars), or a
/// prize's (国家级优势企业奖10万元).
fn reward_money(doc: &Doc, ca: usize, s: usize) -> bool {
    if s > ca && doc.at(s - 1) == '奖' {
        return true;
    }
    // （各500元）, 奖励1000元购书卡: what each prize winner gets.
    if s > 0 && (doc.at(s - 1) == '各' || doc.ends(s.saturating_sub(4), s, "奖励")) {
        return true;
    }
    let from = (s.saturating_sub(40)..s)
        .rev()
        .find(|&j| doc.at(j) == '。')
        .map_or(s.saturating_sub(40), |j| j + 1);
    let item = (from..s)
        .rev()
        .find(|&j| matches!(doc.at(j), '、' | ','))
        .map_or(from, |j| j + 1);
    item > from
        && s - item <= 6
        && ["给予", "奖励"]
            .iter()
            .any(|w| doc.find(from, item, w).is_some())
}

/// Whether `[a, b)` opens on 全年 and says what is to be reached (全年新增…180件以上): the
/// plan's year, where 全年共受理…500件 after a year reported reports that year. A clause
/// may say it with 达到 too (a sentence so led may report: 全年…达到 of the year before).
fn whole_year_target(doc: &Doc, a: usize, b: usize, clause: bool) -> bool {
    let reached: &[&str] = if clause {
        &["以上", "不少于", "不低于", "力争", "达到"]
    } else {
        &["以上", "不少于", "不低于", "力争"]
    };
    doc.starts(a, "全年") && reached.iter().any(|w| doc.find(a, b, w).is_some())
}

/// Whether a unit counts things (家, 个), so that a bare count can take a name from a
/// clause before it.
fn is_count_unit(unit: Option<&str>) -> bool {
    matches!(
        unit,
        Some(
            "家" | "个"
                | "所"
                | "座"
                | "处"
                | "项"
                | "批"
                | "支"
                | "场"
                | "期"
                | "场次"
                | "家次"
                | "人次"
                | "次"
                | "届"
        )
    )
}

/// Verbs that state an amount of change right before the number (提高5个百分点,
/// 增加500件), as opposed to a level (提高到45%, a [`PRE_OPS`] word).
const CHANGE_VERBS: &[&str] = &[
    "提高", "提升", "增加", "增长", "上升", "扩大", "减少", "下降", "降低", "缩短", "压缩",
];

/// Whether `s` is inside a short quotation (“发现一条、核查一条”): within 16 chars of its
/// opening and closing marks.
fn in_short_quote(doc: &Doc, s: usize) -> bool {
    let open = (s.saturating_sub(16)..s)
        .rev()
        .find(|&j| matches!(doc.at(j), '“' | '”' | '。'));
    let close = (s..(s + 16).min(doc.len())).find(|&j| matches!(doc.at(j), '“' | '”' | '。'));
    open.is_some_and(|o| doc.at(o) == '“') && close.is_some_and(|c| doc.at(c) == '”')
}

/// Parts of a year that lead a clause (一季度…，上半年…).
const PART_YEAR_WORDS: &[&str] = &[
    "一季度",
    "二季度",
    "三季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "上半年",
    "前三季度",
];

/// A measure's steady growth, ending a clause with no number (规模逐年增加，…). All are
/// four chars long.
const GROWING_WORDS: &[&str] = &[
    "逐年增加",
    "逐年增长",
    "逐年提高",
    "逐年扩大",
    "逐年提升",
    "逐步扩大",
    "逐步提高",
    "逐步增加",
    "稳步增长",
    "稳步提升",
    "稳步扩大",
    "持续扩大",
    "持续增长",
    "不断扩大",
    "不断提高",
];

/// Words for a first-ever achievement (实现零突破): a target of 1.
const ZERO_WORDS: &[&str] = &["零的突破", "零突破", "0突破"];

/// Words for doubling (翻一番), and whether the word must end the clause (倍增 also
/// names programmes: 专利倍增计划).
const DOUBLING_WORDS: &[(&str, bool)] = &[
    ("翻一番", false),
    ("翻番", false),
    ("增长一倍", false),
    ("增加一倍", false),
    ("提高一倍", false),
    ("实现倍增", true),
    ("倍增", true),
];

/// Verbs of a fall (缩短10%): a rate after them is negative.
const FALL_VERBS: &[&str] = &["下降", "降低", "缩短", "减少", "压缩", "压减"];

/// How a plan describes a quantity's trend before stating it in parentheses
/// (显著提升（达到20件）): not part of the name.
const TREND_WORDS: &[&str] = &[
    "显著提升",
    "显著提高",
    "明显提升",
    "明显提高",
    "大幅提升",
    "大幅提高",
    "稳步提升",
    "稳步提高",
    "持续提升",
    "持续提高",
    "进一步提升",
    "进一步提高",
    "稳步增长",
    "持续增长",
    "提升",
    "提高",
    "增长",
];

/// Rewards and subsidies a policy pays (奖励10万元): amounts, not targets.
const REWARD_WORDS: &[&str] = &[
    "奖励",
    "奖补",
    "补助",
    "补贴",
    "资助",
    "贴息",
    "风险补偿",
    "补偿比例",
    "最高不超过",
];

/// Clause shapes, to carry a verb or subject to the next clause.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Shape {
    NameFirst,
    CountFirst,
}

/// A starting value waiting for its target (由3.1件提高到6件): name, value, unit, where the
/// statement starts, the value's year when stated.
type PendingBase = (String, f64, Option<String>, usize, Option<i32>);

/// State carried across the clauses of one sentence.
#[derive(Default)]
struct SentState {
    last_shape: Option<Shape>,
    last_name: Option<String>,
    /// The last thing counted (a name that is no measure): what a bare 结案率 or
    /// 平均办案周期 after it measures.
    counted: Option<String>,
    last_out: Option<usize>,
    /// 由3.1件提高到6件: (name, starting value, its unit, where the statement starts, the
    /// starting value's year when stated: 由2024年的18.5%提高到30%).
    pending_base: Option<PendingBase>,
    /// 在2025年建成4个的基础上，…总数达到7个: a starting value in a clause of its own
    /// (value, unit), for the next target of the sentence in that unit.
    base_ahead: Option<(f64, Option<String>)>,
    /// A semicolon has ended an earlier clause of the sentence.
    after_semicolon: bool,
    /// 专利转化率提高5个百分点，达到45%: the subject of a change amount (name, where the
    /// statement starts), for the level that the next clause states.
    pending_name: Option<(String, usize)>,
    /// The clause before a colon (指标名：12件) names the quantity after it.
    label: Option<(usize, usize)>,
    /// How many targets there were when the label was read.
    label_found: usize,
    /// 布局建设知识产权快速维权中心，到2028年新建2家: what a clause with no number
    /// says will be built, for a count with no name of its own that follows.
    object: Option<(usize, usize)>,
    /// The last such object of the sentence, kept after counts in between for a bare
    /// 总数 (布局建设…工作站，实现8个县全覆盖，总数达到12个).
    built: Option<(usize, usize)>,
    /// The name of a 分别 list's targets, for a clause after it that names nothing
    /// (…分别达到80件、100件、120件，三年累计达到300件).
    list_name: Option<String>,
    /// 发挥中国（厦门）知识产权保护中心作用 / 依托…中心开展…: the body whose work the
    /// sentence then measures (its 平均预审授权周期).
    host: Option<String>,
}

/// The words around one number in a clause.
struct Around {
    /// Where the item's words start.
    pa: usize,
    /// Where the words before the number end.
    pe: usize,
    /// The operator word right before the number.
    pre_op: Option<(&'static str, Op)>,
    /// Where a name before the number ends (before the operator).
    name_end: usize,
    per_year: bool,
    cumulative: bool,
    /// Where the item ends.
    boundary: usize,
    /// The words after the number, up to `boundary`.
    post: (usize, usize),
    /// No words follow the number: the name comes first.
    name_first: bool,
    quote_start: usize,
}

/// One sentence's context.
struct Sent {
    /// Where the sentence starts.
    start: usize,
    /// Reports the past (a clause with a target year of its own may not: see
    /// [`Scanner::sentence`]).
    past: std::cell::Cell<bool>,
    /// The sentence compares with the year before (比上年增长, 同比): results language.
    results: bool,
    base_year: Option<i32>,
    /// Past years the sentence states of itself (not compared with), by position:
    /// 2020年A312次，2021年增至389次 dates 389 to 2021.
    past_years: Vec<(usize, i32)>,
    /// Past years of events (于2024年被确定为…), by position: they date their own clause
    /// only, not the clauses after them.
    event_years: Vec<(usize, i32)>,
    years: Vec<(usize, i32)>,
    ctx_year: Option<i32>,
    /// Where the sentence says 满分 (a scoring scheme), found once per sentence.
    full_marks: Option<usize>,
    /// The sentence's subject is each unit (每家运营中心每年发布…，建立…1个): its
    /// clauses without a scope or year of their own are requirements on each unit too.
    each: bool,
}

struct Scanner<'a> {
    doc: &'a Doc,
    /// The plan's own title, folded: 《行动方案》明确 in its 解读 names this plan.
    title: String,
    /// Inside the numbered items after 应当具备以下条件：, each a condition.
    conditions: bool,
    /// The kind of the first condition's item number ((1), 1., ①…): another kind ends them.
    cond_kind: Option<u8>,
    /// Whether the document is a body of rules (…管理办法, …实施细则), not a plan.
    rules_doc: bool,
    in_title: Vec<bool>,
    period: Option<(i32, i32)>,
    /// The year the plan was issued.
    issued: Option<i32>,
    stack: Vec<Heading>,
    /// A paragraph that opened with a past year (2023年，全市…): its sentences without a
    /// year of their own report that year too.
    carry_past: Option<i32>,
    /// A paragraph that opened with a target year (到2025年，…): its sentences without a
    /// year of their own aim at that year too.
    carry_goal: Option<i32>,
    /// The paragraphs after one that opened on a past year and its results (2025年，全市
    /// 知识产权工作取得新成效。), up to the next heading or a paragraph on a year of the
    /// plan: a review without a heading of its own (工作要点).
    review_run: bool,
    /// Past a policy interpretation's title (《…》政策解读, 【一图读懂】): the page's
    /// explanation of the plan, which restates it in other words and sets nothing.
    reading: bool,
    /// Inside an editor's digest of a reposted plan (📌 划重点 and its ✅ bullets): the
    /// plan's targets in other words, set by the plan itself further down.
    digest: bool,
    /// Whether a sentence has ended yet (。): before that, the page's header.
    body_seen: bool,
    /// A task-list row's deadline cell (2027年底前): the year of its target, and its tab
    /// stops separate clauses.
    line_due: Option<i32>,
    /// The line is a task-list row whose 完成时限 is 每年: its targets are yearly.
    row_every: bool,
    /// The plan's level: 0 national, 1 province, 2 city, 3 county or district (全国… and
    /// 省委、省政府提出… are context below their level).
    rank: u8,
    /// After a 往期推荐 / 相关阅读 label: the short lines that follow are links to other
    /// articles.
    in_links: bool,
    /// The line is a task-list row (its last cell a deadline or 每年): tab stops separate
    /// clauses.
    task_row: bool,
    /// The line is an events calendar's or an event item's (4月：…, 1.启动仪式（4月20日…）):
    /// its numbers are one event's arrangements.
    schedule: bool,
    /// The last line asked whether it is a heading, and the answer (the text does not
    /// change: the answer stays).
    #[allow(clippy::type_complexity)]
    last_heading: std::cell::Cell<Option<((usize, usize), Option<(u8, usize, bool)>)>>,
    out: ProseOut,
    words: &'static SentenceWords,
}

/// The word lists searched for in every sentence or at every number, prepared once.
struct SentenceWords {
    now: WordSet,
    result: WordSet,
    goal: WordSet,
    /// [`COUNT_VERBS`], in order.
    count_verbs: WordSet,
    /// The words of [`PRE_OPS`], in order.
    pre_ops: WordSet,
    /// [`REWARD_WORDS`] (whether one may start near a number).
    reward: WordSet,
}

impl SentenceWords {
    /// The lists, prepared on first use.
    fn get() -> &'static SentenceWords {
        static WORDS: std::sync::OnceLock<SentenceWords> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| SentenceWords {
            now: WordSet::new(NOW_WORDS),
            result: WordSet::new(RESULT_WORDS),
            goal: WordSet::new(GOAL_WORDS),
            count_verbs: WordSet::new(COUNT_VERBS),
            pre_ops: WordSet::new(&PRE_OPS.iter().map(|(w, _)| *w).collect::<Vec<_>>()),
            reward: WordSet::new(REWARD_WORDS),
        })
    }
}

impl Scanner<'_> {
    /// The label of a numbered item whose first sentence is only that label (（二）有效
    /// 发明专利拥有量。), for the sentence after it starting at `sa`.
    fn item_label(&self, sa: usize) -> Option<String> {
        let doc = self.doc;
        if sa < 3 || doc.at(sa - 1) != '。' {
            return None;
        }
        let ls = (sa.saturating_sub(40)..sa - 1)
            .rev()
            .find(|&j| doc.at(j) == '\n')
            .map(|j| j + 1)?;
        let a = trim(doc, ls, sa - 1).0;
        let a = names::skip_marker(doc, a, sa - 1);
        let label = doc.fstr(a, sa - 1);
        let n = label.chars().count();
        ((2..=20).contains(&n) && !label.chars().any(|c| c.is_ascii_digit() || c == ','))
            .then_some(label)
    }
}

/// The kind of item number at `a` (（1）, （一）, 1., 一、, ①), if there is one.
pub(super) fn marker_kind(doc: &Doc, a: usize, b: usize) -> Option<u8> {
    if names::skip_marker(doc, a, b) == a {
        return None;
    }
    let c = doc.at(a);
    Some(match c {
        '(' if doc.at(a + 1).is_ascii_digit() => 1,
        '(' => 2,
        '①'..='⑳' => 3,
        _ if c.is_ascii_digit() => 4,
        _ => 5,
    })
}

/// Whether a plan title names a body of rules (…管理办法, …实施细则), not a plan.
fn rules_title(title: &str) -> bool {
    let t = title.trim_end_matches("(试行)").trim_end_matches("(暂行)");
    ["办法", "细则"].iter().any(|w| t.ends_with(w))
}

/// A plan title folded, without its years in brackets (…行动方案（2025—2027年） → …行动方案):
/// what its short name (《行动方案》) ends.
fn own_title(title: &str) -> String {
    let t: String = title.chars().map(super::scan::fold).collect();
    let t = t.trim_end();
    match (t.ends_with(')'), t.rfind('(')) {
        (true, Some(k)) => t.get(..k).unwrap_or(t).trim_end().to_string(),
        _ => t.to_string(),
    }
}

/// Scans the prose of `doc`, skipping the char spans in `skip` (tables).
pub fn scan(
    doc: &Doc,
    skip: &[(usize, usize)],
    period: Option<(i32, i32)>,
    issued: Option<i32>,
    rank: u8,
    title: &str,
) -> ProseOut {
    let title = own_title(title);
    let mut s = Scanner {
        doc,
        rank,
        rules_doc: rules_title(&title),
        title,
        conditions: false,
        cond_kind: None,
        in_title: title_mask(doc),
        period,
        issued,
        stack: Vec::new(),
        carry_past: None,
        line_due: None,
        row_every: false,
        in_links: false,
        task_row: false,
        schedule: false,
        last_heading: std::cell::Cell::new(None),
        carry_goal: None,
        review_run: false,
        reading: false,
        digest: false,
        body_seen: false,
        out: ProseOut::default(),
        words: SentenceWords::get(),
    };
    let skip = Spans::new(skip);
    let n = doc.len();
    let mut a = 0;
    let mut in_note = false;
    // A blank line since the last text line.
    let mut gap = false;
    // The last note line ended its sentence.
    let mut note_done = false;
    // The last text line was a row number alone (a task list given one cell per line).
    let mut after_serial = false;
    while a < n {
        let b = doc.find_char(a, n, '\n').unwrap_or(n);
        let (ta, mut tb) = trim(doc, a, b);
        let skipped = |x: usize, y: usize| skip.overlaps(x, y);
        let mut next = b + 1;
        if ta >= tb {
            gap = true;
            // A rule of box-drawing chars (blank once folded) under a 专栏 ends the box.
            let raw = doc.text().get(a..b).unwrap_or(&[]);
            if raw.len() >= 4 && raw.iter().all(|c| matches!(c, '━' | '─' | '═')) {
                s.close_box();
            }
        }
        if ta < tb && !skipped(a, b) {
            let first = doc.at(ta);
            let note = first == '注' && matches!(doc.at(ta + 1), ':' | '①' | '1' | '：' | '释')
                || doc.starts(ta, "备注:")
                || doc.starts(ta, "说明:");
            // A note runs on over the lines right below it (a wrapped note), and over
            // numbered items ①② even after a blank line.
            // A note line that ends its sentence does not run on: body text may follow
            // with no blank line between.
            let runs_on = in_note && !gap && !note_done && s.heading(ta, tb).is_none();
            gap = false;
            if note || runs_on || (in_note && ('①'..='⑳').contains(&first)) {
                in_note = true;
                note_done = doc.at(tb - 1) == '。';
            } else {
                in_note = false;
                // Hard-wrapped text: a line that stops mid-sentence continues on the
                // next line (no blank line between, no section marker there).
                // (A heading with body text after it, （五）加大投入。市县…, runs on.)
                let is_heading =
                    s.heading(ta, tb).is_some() && doc.find_char(ta, tb, '。').is_none();
                // A row of tab-separated cells (a task list) is whole on its line. (Looked
                // for only where a line would be joined.)
                // (And a row aligned with blanks whose last cell is a deadline.)
                let row = !ends_sentence(doc.at(tb - 1))
                    && (doc.at(ta) == '|'
                        || doc.find_char(ta, tb, '\t').is_some()
                        || sections::task_row(doc, ta, tb)
                        || sections::dated_link(doc, ta, tb));
                // (Where the last line joined starts: a cell is judged by its own line.)
                let mut la = ta;
                while next < n && !is_heading && !row && !ends_sentence(doc.at(tb - 1)) {
                    let b2 = doc.find_char(next, n, '\n').unwrap_or(n);
                    let (ta2, tb2) = trim(doc, next, b2);
                    if ta2 >= tb2
                        || skipped(next, b2)
                        || s.heading(ta2, tb2).is_some()
                        || sections::task_row(doc, ta2, tb2)
                        || sections::dated_link(doc, ta2, tb2)
                        || one_cell_per_line(doc, (la, tb), (ta2, tb2), after_serial && la == ta)
                        // 指标名：值 lines, one under another: each is whole.
                        || (sections::labeled(doc, ta, tb) && sections::labeled(doc, ta2, tb2))
                        // (【图文解读】…, 【打印】: a bracketed label opens its own line.)
                        || matches!(doc.at(ta2), '[' | '【')
                    {
                        break;
                    }
                    tb = tb2;
                    la = ta2;
                    next = b2 + 1;
                }
                after_serial = serial_cell(doc, ta, tb);
                s.line(ta, tb);
            }
        }
        a = next;
    }
    s.out
}

/// A row number alone on its line (1, 12).
fn serial_cell(doc: &Doc, a: usize, b: usize) -> bool {
    a < b && b - a <= 3 && (a..b).all(|j| doc.at(j).is_ascii_digit())
}

/// A task list written one cell per line (PDF text): a row number, or a short label with
/// no comma before a whole statement or a deadline, is a cell of its own, not the start
/// of a sentence that wraps. So is the office list after a goal, and a short label right
/// under a row number (`after_serial`: 1⏎提升…水平⏎有效发明专利拥有量突破3600件，…).
fn one_cell_per_line(
    doc: &Doc,
    (ta, tb): (usize, usize),
    (ta2, tb2): (usize, usize),
    after_serial: bool,
) -> bool {
    // (A deadline cell, or the next row's number, ends a cell whatever came before; an
    // office list is a cell of its own.)
    if sections::deadline_cell(doc, ta, tb)
        || serial_cell(doc, ta2, tb2)
        || sections::offices(doc, ta2, tb2)
    {
        return true;
    }
    if tb - ta > 16 || (ta..tb).any(|j| matches!(doc.at(j), ',' | '、' | ':')) {
        return false;
    }
    let statement = tb2 - ta2 > 8 && ends_sentence(doc.at(tb2 - 1));
    after_serial || serial_cell(doc, ta, tb) || statement || sections::task_row(doc, ta2, tb2)
}

/// Char spans (the tables), for asking whether a range overlaps one of them in
/// logarithmic time (there may be thousands of tables, and every line asks).
struct Spans {
    /// The spans by start.
    spans: Vec<(usize, usize)>,
    /// The greatest end among the spans up to each one.
    max_end: Vec<usize>,
}

impl Spans {
    fn new(spans: &[(usize, usize)]) -> Spans {
        let mut spans = spans.to_vec();
        spans.sort_unstable();
        let max_end = spans
            .iter()
            .scan(0, |m, &(_, e)| {
                *m = e.max(*m);
                Some(*m)
            })
            .collect();
        Spans { spans, max_end }
    }

    /// Whether `[x, y)` overlaps a span (some span starts before `y` and ends after `x`).
    fn overlaps(&self, x: usize, y: usize) -> bool {
        let k = self.spans.partition_point(|&(s, _)| s < y);
        k.checked_sub(1)
            .and_then(|k| self.max_end.get(k))
            .is_some_and(|&e| e > x)
    }
}

impl Scanner<'_> {
    fn sentence(&mut self, sa: usize, sb: usize) {
        let doc = self.doc;
        // 区级规范化市场应当具备以下条件：（1）…入驻商户100户以上；（2）…: what each one
        // must meet, item by item (`line` ends the items).
        if self.conditions {
            return;
        }
        if sb > sa
            && doc.at(sb - 1) == ':'
            && ["条件", "情形"]
                .iter()
                .any(|w| doc.find(sa, sb, w).is_some())
        {
            self.conditions = true;
            self.cond_kind = None;
        }
        if self.cites_other_plan(sa, sb) {
            return;
        }
        // 三、申报条件 / 附件：认定标准: an applicant's thresholds, not the plan's.
        if self.reading || self.stack.iter().any(|h| h.rules) {
            return;
        }
        // 培育中心认定条件：依托单位…不少于15件，…: the same, as the sentence's label.
        // (图片说明：表1共列12项指标…: an image's caption describes the page.)
        if let Some(colon) = (sa..sb.min(sa + 16)).find(|&j| doc.at(j) == ':') {
            if RULE_HEADINGS
                .iter()
                .chain(&["图片说明", "图注"])
                .any(|w| doc.ends(sa, colon, w))
            {
                return;
            }
        }
        let review_head = self.stack.iter().any(|h| h.review);
        let mut years = Vec::new();
        let mut past_year = None;
        let mut leading_past = None;
        let mut ref_year = None;
        let mut past_years = Vec::new();
        let mut event_years = Vec::new();
        // Parentheses open at `j`: a year in an aside (（2025年为9.2件）, （全国2020年为
        // 11.97%）) gives a base value or a comparison, and does not put the sentence in
        // the past.
        let mut depth = 0i32;
        for (j, &c) in (sa..).zip(doc.slice(sa, sb)) {
            match c {
                '(' => depth += 1,
                ')' => depth = (depth - 1).max(0),
                _ => {}
            }
            // (A year is followed by 年 four chars on: `year_at`'s first test, made here
            // for every char of the sentence.)
            if doc.at(j + 4) != '年' || self.in_title.get(j).copied().unwrap_or(false) {
                continue;
            }
            let Some((y, e)) = year_at(doc, j) else {
                continue;
            };
            if j > 0 && doc.at(j - 1).is_ascii_digit() {
                continue;
            }
            // A date (2023年12月25日) is not a target year; a deadline is (2026年6月底前,
            // 2026年9月前, 到2026年6月底: what the sentence asks is due in that year).
            let month = arabic_at(doc, e).or_else(|| chinese_at(doc, e));
            if month.is_some_and(|n| doc.at(n.end) == '月' && !month_deadline(doc, j, n.end + 1)) {
                continue;
            }
            let aside = depth > 0;
            // 2021年以来累计…: where a span starts, not the year reported.
            let since = doc.starts(e, "以来");
            let compared = aside
                || since
                || (1..=2).any(|k| {
                    j >= k
                        && matches!(
                            doc.at(j - k),
                            '较' | '比' | '在' | '以' | '与' | '同' | '由' | '从'
                        )
                })
                // 是2015年的2.6倍 / 相当于2015年的 / 达到2025年的2倍: the year is the base
                // of a ratio.
                || (j > 0 && matches!(doc.at(j - 1), '是' | '为' | '于' | '到' | '至') && {
                    let e = e + usize::from(matches!(doc.at(e), '末' | '底'));
                    doc.at(e) == '的'
                });
            // A plan sets no targets for years before it was issued: those years report.
            // (An issue date after the period is no issue date of this plan.)
            let first = self
                .period
                .map(|(s, e)| s.max(self.issued.filter(|&i| i <= e).unwrap_or(s)));
            match first {
                Some(start) if y < start => {
                    if !compared && j > 0 && doc.at(j - 1) == '于' {
                        // 截至2025年底，…；开发区于2024年被确定为…，全市认定…3个: the
                        // event's year is not the year of what the sentence counts after.
                        past_year = past_year.or(Some(y));
                        event_years.push((j, y));
                    } else if !compared {
                        past_year = Some(y);
                        past_years.push((j, y));
                        // 2023年，全市… / 截至2023年底，…: the year leads what follows.
                        // (第三条　2025年，…: after an article's label.)
                        let lead = skip_article(doc, trim(doc, sa, j).0, j);
                        if j <= lead + 2 && opens_on_year(doc, lead, j) {
                            leading_past = Some(y);
                        }
                    }
                    ref_year = ref_year.or(Some(y));
                }
                _ => years.push((j, y)),
            }
        }
        let lead = skip_article(doc, trim(doc, sa, sb).0, sb);
        // 2025年，全市知识产权工作取得新成效。: the paragraphs after it report too; 2026年，
        // 全市…: one on a year of the plan ends that.
        // (…确定2026年主要目标如下：: a lead into the plan's own targets ends it too.)
        if years.first().is_some_and(|&(p, _)| p <= lead + 2)
            || (!years.is_empty() && doc.at(sb.saturating_sub(1)) == ':')
        {
            self.review_run = false;
        } else if leading_past.is_some()
            && [
                "取得新成效",
                "取得明显成效",
                "取得显著成效",
                "取得新进展",
                "取得新成绩",
                "取得积极成效",
            ]
            .iter()
            .any(|w| doc.find(sa, sb, w).is_some())
        {
            self.review_run = true;
        }
        let review = review_head || self.review_run;
        // 去年，全市… / 一年来: last year, before the plan's first year.
        if past_year.is_none()
            && ["去年", "上年", "过去一年", "一年来"]
                .iter()
                .any(|w| doc.starts(lead, w))
        {
            past_year = self.period.map(|(s, _)| s - 1);
            leading_past = past_year;
        }
        // (全年新增…180件以上 in an annual plan: the plan's year, when it says what is
        // to be reached; 全年共受理…500件 after a year reported reports that year.)
        let this_year = ["今年", "本年度", "本年"]
            .iter()
            .any(|w| doc.starts(lead, w))
            || whole_year_target(doc, lead, sb, false);
        if past_year.is_some() {
            // 2020年A312次，2021年增至389次。B为33.6%。: a yearless sentence after it
            // reports the latest year the paragraph reached.
            // (据测算，2023年…: a year not leading the sentence keeps the paragraph's.)
            self.carry_past = leading_past.and(past_year).or(self.carry_past);
            // (2025年建成8个，2026年总数达到12个。全年…30家次: the paragraph has reached
            // a year of the plan.)
            let last_past = past_years.last().map(|&(p, _)| p);
            if years
                .last()
                .is_some_and(|&(p, _)| last_past.is_none_or(|l| l < p))
            {
                self.carry_past = None;
            }
        } else if !years.is_empty() || this_year {
            self.carry_past = None;
        } else if self
            .carry_past
            .is_some_and(|c| ref_year.is_none_or(|r| r < c))
        {
            // (…满意度79.6分，较2023年提高1.4分 after 2024年…: a comparison with a year
            // before the one reported reports too; one with that year may set a target.)
            past_year = self.carry_past;
        }
        // 据初步测算，…预计每年可带动…超过50亿元: an estimate of effects, no target (one
        // with a year reports one: 据测算，2023年…).
        // (据测算，…预计到2027年可带动…: a future year is forecast too.)
        if doc.at(lead) == '据'
            && past_year.is_none()
            && ["测算", "估算", "预测"]
                .iter()
                .any(|w| doc.find(lead, sb.min(lead + 12), w).is_some())
        {
            return;
        }

        // 原则上应拥有有效发明专利10件以上, 申报单位应拥有…: what applicants must have,
        // from there on.
        // (One pass, words tried only at their first chars: this runs for every sentence.)
        // (…，预计到2027年可带动…超过8000件 / 产值有望突破600亿元: a forecast of effects,
        // from there on.)
        let rule_from = (sa..).zip(doc.slice(sa, sb)).find_map(|(j, c)| {
            if !matches!(
                c,
                '原' | '应' | '须' | '需' | '预' | '有' | '以' | '申' | '要' | '权' | '宜'
            ) {
                return None;
            }
            // …的企业，宜通过…在不少于5个…申请: what a guide advises a firm, threshold and
            // all (not 宜昌, 事宜, 适宜).
            if *c == '宜' {
                let advised = j > sa
                    && (doc.at(j - 1) == ','
                        || ["企业", "单位", "机构", "主体"]
                            .iter()
                            .any(|w| doc.ends(sa, j, w)));
                if advised && threshold_subject(doc, sa, j) {
                    return Some(sa);
                }
                return advised.then_some(j);
            }
            // 一级指标权重分别为：创造指数30%…: weights of an index, from there on.
            // (Not 知识产权重复侵权率, 版权重点…: what follows 权重 says it is one.)
            if *c == '权' {
                let weight = doc.starts(j, "权重")
                    && (doc.at(j + 2).is_ascii_digit()
                        || matches!(doc.at(j + 2), '为' | '分' | ':' | '(' | ')' | '是' | '见'));
                return weight.then_some(j);
            }
            let at = *c != '要'
                && [
                    "原则上",
                    // 申报入库的企业应当同时具备以下条件：….
                    "以下条件",
                    // 申请资助的企业上年度研发投入应不低于500万元: what applicants need.
                    "申请资助的",
                    "申报企业应",
                    "申报单位应",
                    "应拥有",
                    "须拥有",
                    "需拥有",
                    "应具备",
                    "须具备",
                    // 牵头企业应为集群内规模以上工业企业，…拥有有效发明专利20件以上.
                    "应为",
                    "须为",
                    "预计",
                    "有望",
                ]
                .iter()
                .any(|w| doc.starts(j, w));
            // 理化指标要求：水分不高于7.0%…, 质量要求：…: a product standard each lot
            // must meet.
            let standard = *c == '要'
                && doc.starts(j, "要求:")
                && ["指标", "质量", "技术"]
                    .iter()
                    .any(|w| j >= 2 && doc.starts(j - 2, w));
            // 年营业收入超过2亿元…的企业，应当设立…，配备不少于2名…: what a firm of that
            // size shall do, threshold included.
            let shall = *c == '应' && doc.starts(j, "应当");
            if shall && threshold_subject(doc, sa, j) {
                return Some(sa);
            }
            (at || standard || shall).then_some(j)
        });
        let prev_period = self.previous_period_mentioned(sa, sb);
        // 在现有基础上 (building on what exists) is no statement of the present.
        let now = doc.contains_any(sa, sb, &self.words.now)
            && (sa..sb).any(|j| {
                self.words.now.starting_at(doc, j).is_some()
                    && !(matches!(doc.at(j), '现' | '已') && doc.starts(j + 2, "基础"))
                    // (…，与本区已有产业政策不重复享受: the policies in force, not a state
                    // reported.)
                    && !(matches!(doc.at(j), '现' | '已')
                        && (j + 2..j + 6).any(|k| {
                            ["政策", "规定", "制度"].iter().any(|w| doc.starts(k, w))
                        }))
                    // (完成对现有培育中心的评估: what exists, as an object.)
                    && (j <= sa || doc.at(j - 1) != '对')
                    && !sections::in_base_phrase(doc, sa, sb, j)
                    // 到2018年，…“十三五”以来…累计达到7亿元: since this plan's own period
                    // began, in a sentence that sets a year, is a target's span.
                    // (到2030年，…共拥有…达到…: a target year makes it a goal.)
                    && (!doc.starts(j, "共拥有") || years.is_empty())
                    && !(doc.starts(j, "以来")
                        && !years.is_empty()
                        && self.own_period_named(j.saturating_sub(6).max(sa), j))
            });
        let done = self.completed(sa, sb);
        // 据统计，全市…共有企业约1.2万家: a count reported, with no year to set.
        let counted = years.is_empty()
            && doc.at(lead) == '据'
            && ["据统计", "据不完全统计", "据初步统计"]
                .iter()
                .any(|w| doc.starts(lead, w));
        let past = review || past_year.is_some() || prev_period || now || done || counted;
        // 第十八条　资金池补偿比例不超过…50%: a 管理办法 is a body of rules; its own targets
        // are set as goals (到2028年，资金池规模达到1亿元 / 力争…).
        if !past
            && self.rules_doc
            && years.is_empty()
            && !doc.contains_any(sa, sb, &self.words.goal)
            && !self.stack.iter().any(|h| h.goals)
        {
            return;
        }
        // Past only by a year it reports (2020年1.62件，2025年达到3.5件): a clause with a
        // target year of its own still states a target.
        let past_by_year = past_year.is_some() && !review && !prev_period && !now && !done;
        // A 专栏 box takes the year of its opening sentence (not of a later one:
        // ——网点。到2023年，…达到20个 dates that item only).
        if let Some(h) = self.stack.iter_mut().rev().find(|h| h.is_box) {
            match years.first() {
                Some(&(pos, y)) if pos <= sa + 3 && !h.read && h.year.is_none() => h.year = Some(y),
                _ => {}
            }
            h.read |= sa >= h.line_end;
        }
        // 到2023年，实现以下目标: the year leads the list that follows, up to the next
        // section at the same level.
        if !past && doc.at(sb.saturating_sub(1)) == ':' {
            if let Some(&(_, y)) = years.last() {
                // A later lead (到2030年，实现以下目标：) replaces an earlier one
                // (到2028年，实现以下阶段目标：) in the same section; a lead on a line of
                // its own ends the numbered list before it.
                let mut k = sa;
                while k > 0 && matches!(doc.at(k - 1), ' ' | '\t') {
                    k -= 1;
                }
                if k == 0 || doc.at(k - 1) == '\n' {
                    self.stack.retain(|h| h.level < 3 || h.is_box);
                }
                match self.stack.last_mut() {
                    Some(h) => h.year = Some(y),
                    None => self.stack.push(Heading {
                        level: 1,
                        review: false,
                        year: Some(y),
                        is_box: false,
                        chapter: false,
                        read: false,
                        line_end: sb,
                        num: None,
                        rules: false,
                        goals: false,
                    }),
                }
            }
        }
        // 到2025年，…: the year leads the paragraph's later sentences, when this sentence
        // only frames them (到2025年，知识产权强市建设取得明显成效。); one that sets targets
        // of its own keeps its year to itself.
        let framing = match years.first() {
            Some(&(pos, y)) if goal_lead(doc, lead, pos) => {
                self.carry_goal = Some(y);
                true
            }
            Some(_) => {
                self.carry_goal = None;
                false
            }
            None => false,
        };
        let found_before = self.out.targets.len();
        let led_by_past = leading_past.is_some();
        let sent = Sent {
            start: sa,
            past: std::cell::Cell::new(past),
            // (…同比增长10%以上；新增…2件 under 主要目标: a year-on-year target.)
            results: doc.contains_any(sa, sb, &self.words.result)
                && !doc.contains_any(sa, sb, &self.words.goal)
                && !self.stack.iter().any(|h| h.goals),
            base_year: leading_past
                .or(past_year)
                .or(self.period.map(|(s, _)| s - 1)),
            past_years,
            event_years,
            years,
            ctx_year: self.line_due.or(self.carry_goal).or(self.ctx_year()),
            full_marks: doc.find(sa, sb, "满分"),
            // (Bodies, not places: 每个县区建成…1个，力争新增…3件 sets a total after.)
            each: doc.at(lead) == '每'
                && [
                    "每家", "每条", "每所", "每个", "每件", "每单", "每场", "每期", "每批",
                ]
                .iter()
                .any(|w| doc.starts(lead, w))
                && !matches!(
                    doc.at(lead + 2),
                    '县' | '区' | '市' | '镇' | '乡' | '街' | '园'
                ),
        };
        let mut st = SentState::default();
        let mut ca = sa;
        let task_row = self.task_row;
        let mut j = sa;
        while j <= sb {
            // (Straight to the next char that may end a clause, over the slice: most
            // chars end none. A task row's blanks are looked at one by one.)
            if !task_row {
                j = (doc.f.get(j..sb.min(doc.len())))
                    .and_then(|r| r.iter().position(|c| matches!(c, ',' | ';' | ':')))
                    .map_or(sb, |p| j + p);
            }
            let sep = j == sb
                || (matches!(doc.at(j), ',' | ';' | ':')
                    && !super::scan::is_thousands_comma(doc, j))
                || (task_row
                    && (matches!(doc.at(j), '\t' | '|')
                        || is_space(doc.at(j)) && is_space(doc.at(j + 1))));
            if sep {
                if ca < j {
                    // 2020年1.62件，2025年达到3.5件: a clause with a target year of its own,
                    // and no past year, states a target in a sentence that also reports.
                    // (…目标是：A由2025年底的2860件增加到3300件；2025年B 3126件，2026年B力争
                    // 增长8%；C突破7.2万件: a clause with no year of its own goes with the
                    // last year written before it, here a year of the plan.)
                    let k = sent.years.partition_point(|(p, _)| *p < ca);
                    let last_past = sent
                        .past_years
                        .partition_point(|(p, _)| *p < ca)
                        .checked_sub(1)
                        .and_then(|q| sent.past_years.get(q));
                    let follows_plan_year = k
                        .checked_sub(1)
                        .and_then(|k| sent.years.get(k))
                        .is_some_and(|&(t, _)| last_past.is_none_or(|&(p, _)| p < t));
                    // (…386件成果的基础上，全年发明专利授权量达到420件以上: 全年 with what
                    // is to be reached is the plan's year.)
                    let whole_year = whole_year_target(doc, trim(doc, ca, j).0, j, true);
                    // (A较2025年增长25%；B 2025年为97.6%，2026年达到98%: a clause before
                    // any year, in a sentence not led by a past one, is no report.)
                    let before_years = k == 0
                        && last_past.is_none()
                        && !led_by_past
                        && !sent.past_years.is_empty();
                    let own = past_by_year
                        && (sent.years.get(k).is_some_and(|&(p, _)| p < j)
                            || follows_plan_year
                            || before_years
                            || whole_year
                            || self.own_period_named(ca, j))
                        && sent
                            .past_years
                            .get(sent.past_years.partition_point(|(p, _)| *p < ca))
                            .is_none_or(|&(p, _)| p >= j);
                    sent.past.set(past && !own);
                    // (原则上每家…不少于2件；推动…达到200家: a semicolon ends what 原则上
                    // rules, unless what follows rules each one too (；鼓励每家…, ；对C级
                    // 机构，每年…); conditions listed after 应/须 run on.)
                    let own_after = |r: usize| {
                        let Some(semi) = (r..ca).rev().find(|&k| doc.at(k) == ';') else {
                            return false;
                        };
                        let from = trim(doc, semi + 1, j).0;
                        doc.at(from) != '对' && !(from..j).any(|k| doc.at(k) == '每')
                    };
                    let ruled = rule_from
                        .is_some_and(|r| j > r && !(doc.starts(r, "原则上") && own_after(r)));
                    if !ruled {
                        self.clause(ca, j, &sent, &mut st);
                    }
                }
                // A label (指标名：…) names the clauses after it up to the next label or
                // semicolon (…：2020年暂无统计，2025年达到8%).
                // (Until it has named a target: 年均增长7.2% after one continues that.)
                let unused = self.out.targets.len() == st.label_found;
                st.label = match (j < sb).then(|| doc.at(j)) {
                    Some(':') => {
                        st.label_found = self.out.targets.len();
                        Some((ca, j))
                    }
                    Some(',') if unused => st.label,
                    _ => None,
                };
                st.after_semicolon |= j < sb && doc.at(j) == ';';
                ca = j + 1;
            }
            j += 1;
        }
        if framing && self.out.targets.len() > found_before {
            self.carry_goal = None;
        }
    }

    fn clause(&mut self, ca: usize, cb: usize, sent: &Sent, st: &mut SentState) {
        let doc = self.doc;
        let (ca, cb) = trim(doc, ca, cb);
        if ca >= cb {
            return;
        }
        // 评审满分为100分，其中知识产权创造30分…: a scoring scheme's weights; …推荐…不超过
        // 8家、优势企业不超过15家: quotas.
        if sent.full_marks.is_some_and(|m| m < cb) || doc.find(ca, cb, "推荐").is_some() {
            return;
        }
        // 对…年营业收入首次突破500万元的，给予…: a condition of a policy (those who…).
        if doc.at(cb - 1) == '的' && doc.at(cb) == ',' {
            return;
        }
        // 将其2025年目标值由3亿元上调为6亿元: a revision of a target, restated where the
        // text states it.
        if doc.find(ca, cb, "目标值由").is_some()
            && ["上调", "下调", "调整为"]
                .iter()
                .any(|w| doc.find(ca, cb, w).is_some())
        {
            return;
        }
        // 一季度服务企业不少于600家次；上半年累计4亿元: a part of the year's way to its
        // target (the 全年 clause after them sets it).
        // (Words tried only at their first chars: this runs for every clause.)
        let part_year = |j: usize| {
            matches!(doc.at(j), '一' | '二' | '三' | '第' | '上' | '前')
                .then(|| PART_YEAR_WORDS.iter().find(|w| doc.starts(j, w)))
                .flatten()
        };
        if part_year(trim(doc, ca, cb).0).is_some() {
            return;
        }
        // （一）一季度（1—3月）：完成8个…配备: a quarter's tasks, listed under it.
        let quarter_label = (sent.start..(sent.start + 8).min(ca)).any(|j| {
            part_year(j).is_some_and(|w| matches!(doc.at(j + w.chars().count()), '(' | ':'))
        });
        if quarter_label {
            return;
        }
        // 申报区级版权示范单位的，软件正版化率须达到100%: what an applicant must meet.
        if ca >= sent.start + 2
            && doc.at(ca - 1) == ','
            && doc.at(ca - 2) == '的'
            && ["申报", "申请", "参评", "凡"]
                .iter()
                .any(|w| doc.starts(trim(doc, sent.start, ca).0, w))
        {
            return;
        }
        // …工作，省里提出到2027年培育100个…: a higher body's target, in a clause.
        if ca > sent.start && self.higher_body_says(ca, cb) {
            return;
        }
        // （雨花区）…，并提出到2028年集聚机构突破120家…的目标: what the subject before
        // put forward, quoted in a clause of its own.
        let lead = ca + usize::from(doc.at(ca) == '并');
        if ca > sent.start && doc.starts(lead, "提出") && {
            let y = lead + 2 + usize::from(doc.at(lead + 2) == '到');
            year_at(doc, y).is_some()
        } {
            return;
        }
        // 每家运营中心每年发布…，建立产业专利数据库1个: the same subject, each unit.
        // (每家培育中心每年产出…不少于2个、开展…不少于1项: the items after the first too.)
        // (Up to a semicolon: 每家…至少配备1名…；…贯标种业企业达到10家 has a subject of its
        // own.)
        // (…至少配备1名知识产权专员，五年累计培训…1.2万人次以上: a running total over
        // years, in a clause with no 每 of its own, is the plan's.)
        let total = doc.find(ca, cb, "累计").is_some() && doc.find(ca, cb, "每").is_none();
        if sent.each
            && !st.after_semicolon
            && !total
            && !sent.years.iter().any(|&(p, _)| (ca..cb).contains(&p))
            && !(ca..cb).any(|j| doc.at(j) == '全' && super::scan::is_cjk(doc.at(j + 1)))
        {
            return;
        }
        // 结案率95%（含）以上得10分: a rule of a scoring scheme, its thresholds included.
        // (…1000件（含）以上的得满分 / 按比例得分: the same; a score measured, 满意度得分
        // 79.6分 / 得分为79.6分, is no rule.)
        let scored = |j: usize| {
            let k = j + 2 + usize::from(doc.at(j + 2) == '为');
            arabic_at(doc, k).is_some()
        };
        if (ca..).zip(doc.slice(ca, cb)).any(|(j, &c)| {
            matches!(c, '得' | '扣')
                && (arabic_at(doc, j + 1).is_some_and(|n| doc.at(n.end) == '分')
                    || doc.at(j) == '得'
                        && (doc.starts(j + 1, "满分") || doc.at(j + 1) == '分' && !scored(j)))
        }) {
            return;
        }
        // 优势企业达到10家、示范企业实现零突破: an item with its own number is a clause of
        // its own, not a name sharing the 零突破.
        if let Some(k) = self.own_item_before_zero(ca, cb) {
            self.clause(ca, k, sent, st);
            self.clause(k + 1, cb, sent, st);
            return;
        }
        if self.special(ca, cb, sent, st)
            || self.relative_rise(ca, cb, sent)
            || self.sized_fund(ca, cb, sent)
        {
            st.last_shape = None;
            return;
        }
        let toks = self.tokens_in(ca, cb, sent.past.get());
        if toks.is_empty() {
            // 资金池规模逐年增加，2026年增至2000万元: the measure that grows names the
            // levels stated after it.
            // (Looked for only at a clause ending like one: this runs for every clause.)
            let grows = matches!(doc.at(cb.wrapping_sub(1)), '加' | '长' | '高' | '大' | '升');
            if let Some(p) = grows
                .then(|| {
                    GROWING_WORDS.iter().find_map(|w| {
                        let p = cb.checked_sub(4)?;
                        doc.starts(p, w).then_some(p)
                    })
                })
                .flatten()
            {
                // (The quote is the level's clause: 2026年增至2000万元.)
                if let Some(n) = self.clean_name(ca, p, true) {
                    st.pending_name = Some((self.name_string(&n), cb + 1));
                }
            }
            st.object = self.built_object(ca, cb);
            st.built = st.object.or(st.built);
            if let Some(h) = self.host_body(ca, cb) {
                st.host = Some(h);
            }
            return;
        }
        // (A逐年提高，三年分别达到…: the name the trend clause left, first.)
        let prev = st
            .pending_name
            .as_ref()
            .map(|(n, _)| n.clone())
            .or_else(|| st.last_name.clone());
        if self.respectively(ca, cb, &toks, sent, prev.as_deref()) {
            st.object = None;
            // (…分别达到80件、100件、120件，三年累计达到300件: the next clause goes on
            // with the same name.)
            if let Some(c) = self.out.targets.last().filter(|c| c.quote.0 >= ca) {
                st.list_name = Some(c.name.clone());
            }
            return;
        }
        let mut item_start = ca;
        for (k, q) in toks.iter().enumerate() {
            if q.num.start < item_start {
                continue;
            }
            item_start = self.item(item_start, cb, q, toks.get(k + 1), sent, st);
            // The object named by a clause counts only in the clause right after it, for
            // its first count (实施…工程，A2023年达到1500家、2025年达到2000家: the second
            // count is A's again).
            st.object = None;
        }
    }

    /// Number tokens of a clause that can be quantities, in text order and not
    /// overlapping (each starts at or after the end of the one before).
    fn tokens(&self, ca: usize, cb: usize) -> Vec<Qty> {
        self.tokens_in(ca, cb, false)
    }

    /// [`Self::tokens`] of a clause that reports the past when `past`: one event held
    /// (开展…专项执法行动1次) is a count there, the base of a target.
    fn tokens_in(&self, ca: usize, cb: usize, past: bool) -> Vec<Qty> {
        let doc = self.doc;
        let mut out = Vec::new();
        let mut i = ca;
        while i < cb {
            // (Straight to the next char that can start a number: digits, numerals, the
            // 百/千/万 of 百分之.)
            let can_start = |c: &char| c.is_ascii_digit() || is_numeral(*c) || *c == '万';
            match doc.slice(i, cb).iter().position(can_start) {
                Some(p) => i += p,
                None => break,
            }
            let c = doc.at(i);
            let prev = if i > 0 { doc.at(i - 1) } else { '\0' };
            // (“胡同1949”, “隆福1988”: digits that end a quoted name are part of it; so are
            // a note's marker after a name, 拥有量[1] / 拥有量［注2］.)
            let in_name = || {
                let end = (i..cb).find(|&j| !doc.at(j).is_ascii_digit()).unwrap_or(cb);
                let marker = doc.at(end) == ']'
                    && (prev == '[' || (prev == '注' && i >= 2 && doc.at(i - 2) == '['));
                (super::scan::is_cjk(prev) && doc.at(end) == '”') || marker
            };
            let q = if c.is_ascii_digit() && !prev.is_ascii_digit() && prev != '.' && !in_name() {
                qty_at(doc, i, false)
            } else if matches!(c, '百' | '千' | '万') && ratio_words(doc, i).is_some() {
                // 百分之六十 is a percentage wherever it stands (千分之, 万分之 too).
                qty_at(doc, i, true)
            } else if is_numeral(c)
                && !is_numeral(prev)
                && prev != '第'
                && chinese_at(doc, i).is_some()
                && (self.after_verb_or_op(ca, i)
                    // (技术调查官从四名增加至十名: the starting count.)
                    || (matches!(prev, '从' | '由')
                        && chinese_at(doc, i)
                            .is_some_and(|n| super::scan::unit_at(doc, n.end).is_some()))
                    || self.trailing_count(ca, cb, i)
                    || (list_before(doc, ca, i)
                        && chinese_at(doc, i)
                            .is_some_and(|n| super::scan::unit_at(doc, n.end).is_some())
                        && self.verb_then_fields(ca, i)))
            {
                // 一批, 一支队伍: a lone 一 is not a count, unless it ends the clause after
                // the thing counted (培育国家知识产权优势企业一家).
                // (Tested again only for a 一: the count above read the quantity once.)
                // 一批 is "a batch of", never a count (储备一批、培育一批).
                qty_at(doc, i, true).filter(|q| {
                    q.unit.is_some()
                        && (q.num.value > 1.0
                            || (self.trailing_count(ca, cb, i) && q.unit != Some("批")))
                })
            } else {
                None
            };
            match q {
                Some(q) if q.end <= cb => {
                    i = q.end.max(i + 1);
                    if self.keep(ca, &q, past) {
                        out.push(q);
                    }
                }
                _ => i += 1,
            }
        }
        out
    }

    /// A Chinese count after its noun, ending the clause: 培育示范企业五家, 建成工作站两个.
    fn trailing_count(&self, ca: usize, cb: usize, i: usize) -> bool {
        let doc = self.doc;
        // (认定“万宁老字号”十家以上: a quoted name too.)
        let noun_before = i > ca
            && (super::scan::is_cjk(doc.at(i - 1)) || doc.at(i - 1) == '”')
            && !matches!(
                doc.at(i - 1),
                '第' | '等' | '每' | '前' | '后' | '这' | '那' | '各'
            );
        noun_before
            && qty_at(doc, i, true).is_some_and(|q| {
                q.unit.is_some() && q.num.chinese && {
                    // At the clause end, or ending an item of a list (集聚区两个、…);
                    // an operator after it (十家以上) ends it too.
                    let (x, y) = trim(doc, q.end, cb);
                    let x = ["以上", "以内", "左右"]
                        .iter()
                        .find(|w| doc.starts(x, w))
                        .map_or(x, |_| trim(doc, x + 2, cb).0);
                    x >= y || matches!(doc.at(x), '、' | '和' | '及')
                }
            })
    }

    fn after_verb_or_op(&self, ca: usize, i: usize) -> bool {
        let doc = self.doc;
        self.words.count_verbs.ending_at(doc, ca, i).is_some()
            || self.words.pre_ops.ending_at(doc, ca, i).is_some()
    }

    /// Whether a number token can be a quantity at all (not a date, code, ordinal,
    /// section number, enumeration count or modifier inside a name).
    fn keep(&self, ca: usize, q: &Qty, past: bool) -> bool {
        let doc = self.doc;
        let s = q.num.start;
        if self.in_title.get(s).copied().unwrap_or(false) {
            return false;
        }
        let prev = if s > 0 { doc.at(s - 1) } else { '\0' };
        let next = doc.at(q.unit_end);
        // 七台河职业学院, 三门峡: a place whose name starts with a numeral.
        if is_numeral(doc.at(s)) && NUMERAL_PLACES.iter().any(|w| doc.starts(s, w)) {
            return false;
        }
        if award_threshold(doc, ca, q) || quoted_goal(doc, s) {
            return false;
        }
        // …22家（2025年：14家，含分支机构5家）: the rest of a past year's aside reports.
        if self.in_past_aside(s) {
            return false;
        }
        // 推动每个乡（镇）至少建成1个…、培育1个以上…: each item of a clause on each unit
        // is a requirement on each.
        if !past && each_unit_before(doc, ca, s) {
            return false;
        }
        // 研修时间不少于1个月, 每期培训时间不少于1天: how long each one lasts (an average
        // over them, 年均培训时长, is a target).
        if ["时间不少于", "时长不少于", "时间不低于", "时间不短于"]
            .iter()
            .any(|w| doc.ends(ca, s, w))
            && !["平均", "年均"]
                .iter()
                .any(|w| doc.find(ca, s, w).is_some())
        {
            return false;
        }
        // 每个镇级服务窗口至少配备2名工作人员，其中持证人员不少于1名: the part of a
        // requirement on each unit is one too.
        if !past && doc.starts(trim(doc, ca, s).0, "其中") && per_unit_clause_before(doc, ca) {
            return false;
        }
        // 竞赛设一等奖3名、二等奖10名: the prizes a contest gives.
        if doc.ends(ca, s, "等奖") {
            return false;
        }
        // 2026年3月至12月，为期10个月: how long the action runs.
        if s >= 2 && doc.starts(s - 2, "为期") {
            return false;
        }
        // 4月：…专场，拟推介专利80件: a calendar of events, each line one event's plan.
        if self.schedule {
            return false;
        }
        // 各类指标权重为：知识产权创造30%、…: the weights of a scoring scheme.
        // (Not 知识产权重复侵权率, whose 权重 is no word.)
        if q.unit == Some("%")
            && ["权重为", "权重:", "权重分别"]
                .iter()
                .any(|w| doc.find(s.saturating_sub(40), s, w).is_some())
        {
            return false;
        }
        // (…/（上年结转案件数+当年立案数）×100%: a formula's factor.)
        // (打造东坡文化精品IP10个: letters before a count are a name's end, not a code.)
        let code = prev.is_ascii_alphabetic() && !is_count_unit(q.unit);
        if code || matches!(prev, '第' | '/' | '〔' | '[' | '×') {
            return false;
        }
        // 两地各自新增…2家, 每地新增…5家: what each of the places does, not a total.
        // (Every month, every quarter too: 每月查办…不少于10件 is a quota on the way.)
        // (Words looked for only where their first chars are: this runs for every number.)
        let near = s.saturating_sub(30).max(ca);
        if !past
            && (near..s).any(|j| matches!(doc.at(j), '各' | '每'))
            && ["各自", "每地", "每月", "每季度"]
                .iter()
                .any(|w| doc.find(near, s, w).is_some())
            && doc.find(ca, s, "累计").is_none()
        {
            return false;
        }
        // 情况复杂的，处理期限延长不超过48小时: what applies to some cases, in the clause
        // right after their condition.
        let mut k = ca;
        while k > 0 && is_space(doc.at(k - 1)) {
            k -= 1;
        }
        if k >= 3 && doc.at(k - 1) == ',' && doc.at(k - 2) == '的' {
            let from = (k.saturating_sub(12)..k - 1)
                .rev()
                .find(|&j| matches!(doc.at(j), ',' | ';' | '。' | '\n'))
                .map_or(k.saturating_sub(12), |j| j + 1);
            if k - 2 > from + 1
                && !(from..k).any(|j| doc.at(j).is_ascii_digit())
                && k - 2 - from <= 10
            {
                return false;
            }
        }
        // Where the value's words end: its unit, and 以上 after it.
        let e = q.unit_end + 2 * usize::from(doc.starts(q.unit_end, "以上"));
        // 目标240件，完成268件: last year's target, beside what was done.
        let target_word =
            doc.ends(s.saturating_sub(3), s, "目标") || doc.ends(s.saturating_sub(3), s, "目标为");
        if target_word && doc.at(e) == ',' && ["完成", "实际"].iter().any(|w| doc.starts(e + 1, w))
        {
            return false;
        }
        // 内容：举行启动仪式，设置咨询台8个，现场发放宣传资料约2000份: what one event
        // has; a total with its bound (宣传周期间累计走访服务企业不少于200家) is a target.
        // (The line's start looked for within 120 chars, and the bounds in the clause
        // only from there: a text may run on without breaks.)
        let event_line = (s.saturating_sub(120)..s)
            .rev()
            .find(|&j| doc.at(j) == '\n')
            .filter(|&ls| {
                let a = trim(doc, ls + 1, s).0;
                ["内容:", "活动内容:"].iter().any(|w| doc.starts(a, w))
            });
        if let Some(ls) = event_line.filter(|_| q.qual.is_none()) {
            let from = ca.max(ls);
            if !["不少于", "不低于", "累计", "达到", "突破", "超过"]
                .iter()
                .any(|w| doc.find(from, s, w).is_some())
            {
                return false;
            }
        }
        // 年出口额超过2000万美元的企业是否配备不少于2名专职人员: a checklist's question.
        let line = (s.saturating_sub(60)..s)
            .rev()
            .find(|&j| matches!(doc.at(j), '。' | '\n'))
            .map_or(s.saturating_sub(60), |j| j + 1);
        if doc.find(line, s, "是否").is_some() {
            return false;
        }
        // 涉案金额超过50万美元或者涉及…的重大纠纷, 展览面积超过1万平方米或者…的展会: one of
        // the thresholds that pick a class of cases, no target.
        if doc.starts(e, "或者") || (doc.at(e) == '或' && super::scan::is_cjk(doc.at(e + 1))) {
            let end = (e..(e + 40).min(doc.len()))
                .find(|&j| matches!(doc.at(j), ',' | ';' | '。'))
                .unwrap_or(e + 40);
            if doc.find(e, end, "的").is_some() {
                return false;
            }
        }
        // 做到“发现一条、核查一条、处置一条”: a slogan's ones.
        if q.num.chinese && q.num.value == 1.0 && in_short_quote(doc, s) {
            return false;
        }
        // 新一轮, 上一轮: a round named, no count of rounds.
        if q.unit == Some("轮")
            && s > 0
            && matches!(doc.at(s - 1), '新' | '上' | '下' | '本' | '这' | '每')
        {
            return false;
        }
        // 完成15个镇品牌培育方案编制: the places a task covers, no count of its own.
        if q.unit == Some("个")
            && (matches!(doc.at(q.unit_end), '镇' | '乡') || doc.starts(q.unit_end, "街道"))
            && !matches!(
                doc.at(q.unit_end + 1),
                ',' | ';' | '。' | '、' | '级' | '村'
            )
        {
            return false;
        }
        // 建立24小时快速响应机制: hours that describe a service, no quantity.
        if matches!(q.unit, Some("小时" | "个小时"))
            && super::scan::is_cjk(doc.at(q.unit_end))
            && !matches!(doc.at(q.unit_end), '内' | '以' | '左' | '之')
        {
            return false;
        }
        // …“一件事”　承诺办理时限：2个工作日: each matter's time limit, as a label.
        // (The label may end the clause before: a colon splits clauses.)
        let label_from = s.saturating_sub(12);
        let limit_label = matches!(doc.at(s.wrapping_sub(1)), ':' | '为' | '是')
            && ["时限:", "时限为", "时限是"]
                .iter()
                .any(|w| doc.ends(label_from, s, w));
        if limit_label && doc.find(label_from, s, "平均").is_none() {
            return false;
        }
        // 首年许可使用费减免50%: a discount, a term of the policy. So is how long a
        // trial may last (试用期最长不超过12个月).
        let before = doc.at(s.wrapping_sub(1));
        // (Nor is a loan's or a premium's discount: 利率优惠，优惠幅度不低于0.3个百分点.)
        if (q.unit == Some("%") && before == '免' && doc.ends(ca, s, "减免"))
            || matches!(q.unit, Some("%" | "个百分点")) && doc.find(ca, s, "优惠幅度").is_some()
            || before == '过'
                && ["最长不超过", "最长不得超过"]
                    .iter()
                    .any(|w| doc.ends(ca, s, w))
        {
            return false;
        }
        // 组织二次对接: a second round of something, no count.
        if q.num.chinese
            && doc.at(s) == '二'
            && q.unit == Some("次")
            && super::scan::is_cjk(doc.at(q.unit_end))
        {
            return false;
        }
        // 担保费率不超过1%: a cap on what a product charges, a term of the policy. (平均
        // 担保费率不超过1%: the average over all, a target.)
        if q.unit == Some("%")
            && matches!(doc.at(s.wrapping_sub(1)), '过' | '于')
            && ["费率不超过", "费率不高于", "费率原则上不超过"]
                .iter()
                .any(|w| doc.ends(ca, s, w))
            && !["平均担保费率", "平均费率", "综合费率"]
                .iter()
                .any(|w| doc.find(ca, s, w).is_some())
        {
            return false;
        }
        // 对A、B、C3项指标实行季度监测: how many indicators the list names.
        if q.unit == Some("项")
            && doc.starts(q.unit_end, "指标")
            && (s.saturating_sub(40).max(ca)..s).any(|j| doc.at(j) == '、')
        {
            return false;
        }
        // 按照40%、40%、20%的比例分担: the shares of a split.
        // (The words after the number first: a scan of the clause for 按 costs more.)
        if q.unit == Some("%")
            && {
                let e = (q.end..(q.end + 24).min(doc.len())).find(|&j| {
                    !(doc.at(j).is_ascii_digit() || matches!(doc.at(j), '%' | '、' | '.'))
                });
                e.is_some_and(|e| doc.starts(e, "的比例"))
            }
            && doc.find(ca, s, "按").is_some()
        {
            return false;
        }
        // 县级配套比例1:1: a ratio, both its numbers.
        let colon_digit = |j: usize| doc.at(j) == ':' && doc.at(j + 1).is_ascii_digit();
        if colon_digit(q.end) || (s >= 2 && prev == ':' && doc.at(s - 2).is_ascii_digit()) {
            return false;
        }
        // 完成年度目标得10分, 每起扣2分, 每项加3分: the points of a scoring scheme.
        if q.unit == Some("分") && matches!(prev, '得' | '扣' | '加' | '减' | '计') {
            return false;
        }
        if self.compared_aside(ca, s) {
            return false;
        }
        if next.is_ascii_alphanumeric() && q.unit.is_none() {
            return false;
        }
        if q.unit.is_none()
            && matches!(
                next,
                '年' | '月'
                    | '日'
                    | '号'
                    | '时'
                    | '届'
                    | '岁'
                    | '周'
                    | '.'
                    | '·'
                    | '-'
                    | '〕'
                    | ']'
            )
        {
            return false;
        }
        // 12月25日, 5周年: a date or an anniversary, not a duration.
        if matches!(q.unit, Some("日" | "周" | "天"))
            && (prev == '月' || matches!(doc.at(q.unit_end), '年' | '起' | '前' | '后'))
        {
            return false;
        }
        // Section numbers: 1. 2、 (3)
        let at_start = trim(doc, ca, s).0 == s;
        if at_start && matches!(doc.at(q.num.end), '.' | '、' | ')') {
            return false;
        }
        if prev == '(' && doc.at(q.num.end) == ')' {
            return false;
        }
        // 达到2020年的2倍: a ratio, not a level.
        if q.unit.is_none() && doc.at(q.unit_end) == '倍' {
            return false;
        }
        // 实现18个市县全覆盖: the number counts the places covered, not a target (only in
        // its own clause: 新建网点8个，实现全覆盖 sets a count, then a coverage).
        // (实现23个区（市）县知识产权维权援助工作站全覆盖: the places' words may be long.)
        // (工作站达到10个、实现县（区）全覆盖: the coverage is an item of its own.)
        let reach = (q.end..(q.end + 30).min(doc.len()))
            .find(|&j| matches!(doc.at(j), ',' | ';' | '。'))
            .unwrap_or((q.end + 30).min(doc.len()));
        let own_item = doc.at(q.end) == '、' && doc.starts(q.end + 1, "实现");
        if !own_item && doc.find(q.end, reach, "全覆盖").is_some() {
            return false;
        }
        // 给予一次性奖励100万元, 最高50万元的补助: a policy's reward, not a target.
        // (专利资助奖励资金不少于2000万元: the budget for them is one.)
        let near = s.saturating_sub(8).max(ca);
        let reward_at = |k: usize| {
            let budget = ["资金", "经费"]
                .iter()
                .any(|f| (k..s).any(|j| doc.starts(j, f)))
                && FUND_VERBS.iter().any(|v| doc.find(ca, k, v).is_some());
            !budget
        };
        // (按每件不超过2000元给予补助: the reward named after the amount; 分别给予10万元、
        // 5万元: money given.)
        let given = doc.starts(q.end, "给予");
        let paid = q.unit.is_some_and(|u| u.ends_with('元'))
            && doc.find(s.saturating_sub(6).max(ca), s, "给予").is_some();
        // A reward's money: the rest of a list of rewards, a prize's amount.
        if q.unit.is_some_and(|u| u.ends_with('元')) && reward_money(doc, ca, s) {
            return false;
        }
        // 对许可收入给予许可费20%…的补助: a share paid as a subsidy.
        let paid_share =
            q.unit == Some("%") && doc.find(s.saturating_sub(10).max(ca), s, "给予").is_some();
        if paid || paid_share {
            return false;
        }
        // (No word is looked for where none can start: this runs for every number.)
        let reward_near = (near..s)
            .chain([q.end])
            .chain(q.end + 2..q.end + 8)
            .any(|j| self.words.reward.may_start(doc.at(j)));
        if reward_near
            && REWARD_WORDS.iter().any(|w| {
                doc.find(near, s, w).is_some_and(reward_at)
                    || doc.starts(q.end, w)
                    || given && doc.find(q.end + 2, q.end + 8, w).is_some()
            })
        {
            return false;
        }
        // 增速高于全省平均水平2个百分点: a margin over others, no level of its own.
        if q.unit == Some("个百分点")
            && ["高于", "快于", "领先"]
                .iter()
                .any(|w| doc.find(ca, s, w).is_some())
        {
            return false;
        }
        // 材料齐全的当场受理、5个工作日内办结, 当日受理、24小时内处理完毕: each
        // application's time limit.
        let time_limit = matches!(
            q.unit,
            Some("个工作日" | "工作日" | "日" | "天" | "小时" | "个小时" | "分钟")
        ) && doc.at(q.unit_end) == '内';
        // 投诉24小时内办结率保持在98%以上: the limit names the rate measured.
        if time_limit && rate_named_after(doc, q.unit_end + 1) {
            return false;
        }
        if time_limit
            && [
                "办结", "办理", "完成", "答复", "反馈", "处理", "审核", "出具", "受理",
            ]
            .iter()
            .any(|w| doc.starts(q.unit_end + 1, w))
        {
            return false;
        }
        // 三大主导产业各实施…1项, 各合作银行每年至少推出1款: what each of several does,
        // not a total (A和B各3个, with the number right after 各, names each).
        // (A、B产业链…各达到10个: each named gets the value; 各 before an act it does.)
        // (Looked for near the number only: a clause may hold thousands of numbers.)
        let each = (s.saturating_sub(24).max(ca)..s)
            .rev()
            .find(|&j| doc.at(j) == '各')
            .is_some_and(|j| {
                [
                    "实施", "建设", "建成", "培育", "建立", "设立", "打造", "开展", "推出", "形成",
                    "举办", "组建", "认定", "引进",
                ]
                .iter()
                .any(|v| doc.starts(j + 1, v))
                    || doc.find(j + 1, s.min(j + 12), "至少").is_some()
            });
        if each {
            return false;
        }
        // 导航项目周期一般不超过6个月: a norm for each case. So is what it may be extended
        // by (经双方同意可以延长15日).
        if doc.find(s.saturating_sub(6).max(ca), s, "一般").is_some()
            || doc
                .find(s.saturating_sub(6).max(ca), s, "可以延长")
                .is_some()
            || doc.find(s.saturating_sub(4).max(ca), s, "可延长").is_some()
        {
            return false;
        }
        // ……（共19个，略）: the size of a list left out.
        if doc.starts(q.unit_end, ",略") || doc.starts(q.unit_end, "略") {
            return false;
        }
        // 每季度召开1次推进会: a routine's frequency (not 每年, a yearly target). Looked
        // for near the number only: a clause may hold thousands of numbers.
        // (每月开展网络版权巡查不少于2次: up to 16 chars before it, a title in 《》 right
        // before the number not counted: 每季度编发《…动态》1期.)
        let titled = (s > 0 && doc.at(s - 1) == '》')
            .then(|| (s.saturating_sub(40)..s).rev().find(|&j| doc.at(j) == '《'))
            .flatten();
        let from = titled.unwrap_or(s).saturating_sub(16).max(ca);
        // (All the words in one pass: this runs for every number.)
        static ROUTINES: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
        let routines = ROUTINES.get_or_init(|| {
            WordSet::new(&[
                "每季度",
                "每月",
                "每周",
                "每天",
                "每日",
                "每半年",
                "每双月",
                "每两年",
                "每三年",
            ])
        });
        if doc.contains_any(from, s, routines) {
            return false;
        }
        // 每年召开联席会议1次, 召开2次工作会议, 名单每年动态调整1次: how often a body
        // meets or a list is revised, not a target.
        // 每年开展1次评估, 每年组织…轮训1次: once a year is a routine (an event held,
        // 每年举办1次, is counted, unless it is a forum or a conference).
        let wide = s.saturating_sub(24).max(ca);
        // (A forum or conference held once a year is a routine all the same.)
        let meeting = || {
            let to = (q.end + 24).min(doc.len());
            [
                "论坛",
                "研讨会",
                "峰会",
                "大会",
                "年会",
                "博览会",
                "交流会",
                "座谈会",
            ]
            .iter()
            .any(|w| doc.find(wide, to, w).is_some())
        };
        let yearly_once = q.unit == Some("次")
            && q.num.value == 1.0
            && doc.find(wide, s, "每年").is_some()
            && (doc.find(wide, s, "举办").is_none() || meeting());
        // 于9月组织1次督导检查: one event, not a target (a yearly one is handled above).
        // (群众平均跑动次数控制在1次以内: a count of times held down to one is a target.)
        let once = q.unit == Some("次")
            && q.num.value == 1.0
            && !past
            && doc.find(wide, s, "每年").is_none()
            && !doc.ends(ca, s, "累计")
            && doc.find(s.saturating_sub(12).max(ca), s, "次数").is_none();
        if once {
            return false;
        }
        if q.unit == Some("次")
            && (yearly_once
                // (全年召开领导小组全体会议不少于2次: the meeting's name between.)
                || ["召开", "调整"]
                    .iter()
                    .any(|w| doc.find(wide, s, w).is_some()))
        {
            return false;
        }
        // 共5个方面14条: the parts of a document, not a target.
        if q.unit == Some("条") && (doc.ends(ca, s, "方面") || doc.ends(ca, s, "共")) {
            return false;
        }
        // 维持年限超过10年的…: the number belongs to a name (not 在2025年2.1件的基础上, a
        // starting value).
        if (doc.at(q.end) == '的' && !doc.starts(q.end, "的基础上")) || doc.at(q.end) == '之'
        {
            return false;
        }
        // …等5个: a count of items just listed, not a target.
        let mut k = s;
        while k > ca && is_space(doc.at(k - 1)) {
            k -= 1;
        }
        !(k > ca && doc.at(k - 1) == '等' && !doc.ends(ca, k, "不等"))
    }

    /// The 、 ending a list item that states its own quantity before a 零突破 in the
    /// clause (A达到10家、B实现零突破).
    fn own_item_before_zero(&self, ca: usize, cb: usize) -> Option<usize> {
        let doc = self.doc;
        // (One pass for the two chars needed, before any word search.)
        let (mut list, mut breakthrough) = (false, false);
        for j in ca..cb {
            match doc.at(j) {
                '、' => list = true,
                '突' => breakthrough = true,
                _ => {}
            }
        }
        if !(list && breakthrough) {
            return None;
        }
        let p = ZERO_WORDS.iter().find_map(|w| doc.find(ca, cb, w))?;
        let last = self.tokens(ca, p).pop()?;
        (last.end..p).find(|&j| doc.at(j) == '、')
    }

    /// 翻一番 and 零突破 clauses. Returns whether the clause was one.
    fn special(&mut self, ca: usize, cb: usize, sent: &Sent, st: &mut SentState) -> bool {
        let doc = self.doc;
        if !doc
            .slice(ca, cb)
            .iter()
            .any(|c| matches!(c, '翻' | '突' | '倍'))
        {
            return false;
        }
        // 翻两番 (four times) has no op; the level stated next (，达到200亿元) is the target.
        if let Some(p) = doc.find(ca, cb, "翻两番") {
            if self.level_follows(cb) && !sent.past.get() {
                // (在2025年基础上翻两番，突破3400件: the name is the one before.)
                let end = ["较", "比"]
                    .iter()
                    .filter_map(|w| doc.find(ca, p, w))
                    .chain(base_anchor(doc, ca, p))
                    .min()
                    .unwrap_or(p);
                let end = if doc.ends(ca, end, "实现") {
                    end - 2
                } else {
                    end
                };
                self.await_level(st, (ca, end), lead(doc, ca, cb));
                // (到2030年，在2025年基础上翻两番: nothing but a year before it.)
                let a = names::skip_year_phrase(doc, trim(doc, ca, end).0, end);
                if st.pending_name.is_none() && trim(doc, a, end).0 >= end {
                    st.pending_name = st.last_name.clone().map(|n| (n, lead(doc, ca, cb)));
                }
            }
            return true;
        }
        // 较2019年增长2倍，达到288件: a multiple has no op either; the level stated next
        // is the target.
        if let Some(p) = (ca..cb).find(|&j| doc.at(j) == '倍') {
            let verb = ["增长", "提高", "增加", "提升"]
                .iter()
                .find_map(|v| (ca..p).rev().find(|&k| doc.starts(k, v)));
            let count = verb.is_some_and(|v| {
                (v + 2..p).all(|k| doc.at(k).is_ascii_digit() || is_numeral(doc.at(k))) && v + 2 < p
            });
            if let (Some(v), true) = (verb, count) {
                if self.level_follows(cb) && !sent.past.get() {
                    let end = comparison_at(doc, ca, v).unwrap_or(v);
                    self.await_level(st, (ca, end), lead(doc, ca, cb));
                    return true;
                }
            }
            // 年产值达到2025年的2倍，突破50亿元: so has a multiple of a year's value.
            if let Some(v) = year_multiple(doc, ca, p) {
                if self.level_follows(cb) && !sent.past.get() {
                    self.await_level(st, (ca, v), lead(doc, ca, cb));
                    return true;
                }
            }
        }
        let dbl = DOUBLING_WORDS.iter().find_map(|&(w, at_end)| {
            let p = doc.find(ca, cb, w)?;
            let n = w.chars().count();
            // 实施专利倍增计划: 倍增 inside a name is not a target; a heading
            // (3.促进知识产权应用效益倍增。) states an aim, not a target.
            (!at_end || (p + n == cb && !self.heading_text(ca))).then_some((p, n))
        });
        if let Some((p, n)) = dbl {
            if sent.past.get() {
                return true;
            }
            // The name ends where the comparison starts: 较…, 比…, 在2020年基础上….
            let end = ["较", "比", "与", "相比"]
                .iter()
                .filter_map(|w| doc.find(ca, p, w))
                .chain(base_anchor(doc, ca, p))
                .min()
                .unwrap_or(p);
            // 实现倍增，达到80亿元: the level stated next is the target.
            if self.level_follows(cb) {
                self.await_level(st, (ca, end), lead(doc, ca, cb));
                return true;
            }
            // (专利转让许可次数：2025年1860次，2030年较2025年翻一番: the label names it.)
            // (A达到25件，2027年较2025年翻一番: a year alone goes on with the name before.)
            let named = self
                .clean_name(ca, end, true)
                .or_else(|| self.label_span(st))
                .map(|n| self.name_string(&n))
                .or_else(|| {
                    // (…，2028年实现翻一番: the verb alone goes on with it too.)
                    let a = names::skip_year_phrase(doc, trim(doc, ca, end).0, end);
                    let a = trim(doc, a, end).0;
                    let a = ["力争实现", "实现", "力争", "确保"]
                        .iter()
                        .find(|w| doc.starts(a, w))
                        .map_or(a, |w| a + w.chars().count());
                    (trim(doc, a, end).0 >= end)
                        .then(|| st.last_name.clone())
                        .flatten()
                });
            if let Some(name) = named {
                let name = reached_by(&name, st.last_name.as_deref()).unwrap_or(name);
                let quote = (lead(doc, ca, cb), p + n);
                let year = self.year_for(sent, p);
                // 由2020年的10亿元翻一番: the number before 翻 is the starting value.
                let start = self.tokens(ca, p).into_iter().last();
                let unit = start.as_ref().and_then(|q| self.written_unit(q));
                let idx = self.push_target_str(
                    name,
                    Op::Double,
                    None,
                    None,
                    unit.as_deref(),
                    false,
                    false,
                    quote,
                    year,
                );
                // 比2020年翻一番: twice that year's value, in merging (not another year's).
                let named = matches!(doc.at(end), '较' | '比')
                    .then(|| year_at(doc, end + 1))
                    .flatten();
                if let (Some((y, _)), Some(c)) =
                    (named, idx.and_then(|i| self.out.targets.get_mut(i)))
                {
                    c.rise = Some((y, 2.0, 0.0));
                }
                if let (Some(q), Some(c), Some(by)) = (
                    start,
                    idx.and_then(|i| self.out.targets.get_mut(i)),
                    sent.base_year,
                ) {
                    c.baseline = Some(Measure {
                        year: by,
                        value: q.num.value,
                        unit: None,
                    });
                }
            }
            return true;
        }
        let zero = ZERO_WORDS
            .iter()
            .find_map(|w| doc.find(ca, cb, w).map(|p| (p, p + w.chars().count())));
        // 新增实现发明专利零的突破企业20家: the firms that achieve it are counted.
        let counted = zero.is_some_and(|(_, e)| {
            super::scan::is_cjk(doc.at(e)) && self.tokens(e, cb).iter().any(|q| q.unit.is_some())
        });
        if counted {
            return false;
        }
        if let Some((p, _)) = zero {
            if sent.past.get() {
                return true;
            }
            let parts = doc.split(ca, p, '、');
            let names: Vec<Option<NameSpan>> = parts
                .iter()
                .map(|&(a, b)| self.clean_name(a, b, true))
                .collect();
            let split_ok = names.len() > 1
                && names
                    .iter()
                    .all(|n| n.as_ref().is_some_and(|n| self.name_len(n) >= 3));
            let names = if split_ok {
                names.into_iter().flatten().collect()
            } else {
                // (建设知识产权信息公共服务网点，实现零突破: what the clause before builds.)
                self.clean_name(ca, p, true)
                    .or_else(|| self.label_span(st))
                    .or_else(|| {
                        st.object
                            .take()
                            .and_then(|(a, b)| self.clean_name(a, b, true))
                    })
                    .into_iter()
                    .collect::<Vec<_>>()
            };
            let zlen = if doc.starts(p, "零的突破") { 4 } else { 3 };
            let quote = (lead(doc, ca, cb), p + zlen);
            let year = self.year_for(sent, p);
            let single = match names.as_slice() {
                [n] => Some(self.name_string(n)),
                _ => None,
            };
            for name in names {
                self.push_target(
                    name,
                    Op::Ge,
                    Some(1.0),
                    None,
                    None,
                    false,
                    false,
                    quote,
                    year,
                );
            }
            // A2026年底前实现零突破、2028年底前达到3家: the later milestone of the same
            // thing, read as a clause of its own that takes the name.
            let rest = p + zlen;
            if let (Some(name), '、') = (single, doc.at(rest)) {
                if !self.tokens(rest + 1, cb).is_empty() {
                    st.last_shape = Some(Shape::NameFirst);
                    st.note_name(name);
                    self.clause(rest + 1, cb, sent, st);
                }
            }
            return true;
        }
        false
    }

    /// Whether the number at `s` is in an aside that gives another place's figure for
    /// comparison: 高于全国（12件）, （全国2020年为11.97%）.
    fn compared_aside(&self, ca: usize, s: usize) -> bool {
        let doc = self.doc;
        // The aside's opening parenthesis, if `s` is inside one (within 12 chars).
        let from = s.saturating_sub(12).max(ca);
        let Some(o) = (from..s).rev().find(|&j| matches!(doc.at(j), '(' | ')')) else {
            return false;
        };
        if doc.at(o) != '(' {
            return false;
        }
        const PLACES: &[&str] = &["全国", "全省", "全市", "全区", "国家", "全球", "省级"];
        let inside = PLACES.iter().any(|w| doc.starts(o + 1, w));
        let before = PLACES
            .iter()
            .any(|w| doc.ends(o.saturating_sub(4).max(ca), o, w));
        inside || before
    }

    /// Whether the words `[a, b)` are only a year phrase and a count verb (到2025年，新增).
    fn verb_only(&self, a: usize, b: usize) -> bool {
        let doc = self.doc;
        let (a, b) = trim(doc, a, b);
        let y = names::skip_year_phrase(doc, a, b);
        let dated = y > a;
        let a = (y..b)
            .find(|&j| !matches!(doc.at(j), ',' | ' '))
            .unwrap_or(b);
        let s = doc.fstr(a, b);
        // (地理标志：2025年9件，2028年12件，2030年15件: a year alone continues it too.)
        if dated && s.is_empty() {
            return true;
        }
        // (三年累计培训2500人次: the span and 累计 before the verb.)
        let verb = match s.split_once('年') {
            Some((n, rest)) if names::is_span_only(&format!("{n}年")) => rest,
            _ => s.as_str(),
        };
        let verb = verb.strip_prefix("累计").unwrap_or(verb);
        COUNT_VERBS.contains(&verb)
            || INCREMENT_WORDS.contains(&s.as_str())
            || s == "累计"
            || names::is_span_only(&s)
    }

    /// `发挥中国（厦门）知识产权保护中心作用`, `依托…保护中心开展…`: the body a clause with no
    /// number puts to work.
    fn host_body(&self, ca: usize, cb: usize) -> Option<String> {
        let doc = self.doc;
        // (First chars first: this runs for every clause without a number.)
        if !matches!(doc.at(ca), '发' | '依') {
            return None;
        }
        let a = ca;
        if !(doc.starts(a, "发挥") || doc.starts(a, "依托")) {
            return None;
        }
        let e = (a + 4..cb.min(a + 30)).find(|&j| doc.starts(j, "中心"))? + 2;
        let name = self.clean_name(a + 2, e, false)?;
        Some(self.name_string(&name))
    }

    /// `布局建设知识产权快速维权中心`: a short clause with no number that starts with a
    /// verb of building names what a count after it counts.
    fn built_object(&self, ca: usize, cb: usize) -> Option<(usize, usize)> {
        const BUILD: &[&str] = &[
            "布局建设",
            "布局",
            "建设",
            // 实施产业专利导航项目，每年不少于2项; 为…提供…指导，每年不少于10家次.
            "实施",
            "提供",
            "培育",
            "建立",
            "设立",
            "打造",
            "组建",
            "创建",
            "共建",
            // 持续开展…“入园惠企”活动，每年不少于12场: the events held.
            "举办",
            "开展",
            // 争创国家级…服务机构，实现零突破: what is striven for.
            "争创",
            // 选聘双语知识产权宣讲员，总数达到60名: the people taken on.
            "选聘",
            "招募",
            "聘请",
        ];
        let doc = self.doc;
        // (11.引进培育…机构，到2027年达到12家: after the item's number.)
        let ca = names::skip_marker(doc, lead(doc, ca, cb), cb);
        // 在晋江、德化等产业集聚区布局建设…: the verb after where it is built; 常态化举办…,
        // 支持…共建…: after how or whom.
        // (BUILD's first chars, tried before the words: this runs for every clause
        // without a number.)
        let builds = |k: usize| {
            matches!(
                doc.at(k),
                '布' | '建'
                    | '培'
                    | '设'
                    | '打'
                    | '组'
                    | '创'
                    | '共'
                    | '举'
                    | '开'
                    | '实'
                    | '提'
                    | '争'
                    | '选'
                    | '招'
                    | '聘'
            ) && BUILD.iter().any(|w| doc.starts(k, w))
        };
        // 推动高校院所向专精特新企业转让许可专利，三年累计达到50件: the transfers moved,
        // named with who transfers to whom.
        if ["推动", "支持", "鼓励", "引导"]
            .iter()
            .any(|w| doc.starts(ca, w))
            && cb - ca <= 32
        {
            let to = (ca + 4..cb).find(|&k| doc.at(k) == '向');
            let transfer = |k: usize| ["转让", "许可", "转化"].iter().any(|w| doc.starts(k, w));
            if to.is_some_and(|t| (t + 2..cb).any(transfer)) && doc.ends(ca, cb, "专利") {
                return Some((ca + 2, cb));
            }
            // 推动知识产权维权援助工作站向重点产业园区延伸，到2030年达到12个: what reaches
            // further is what is counted.
            let reach = ["延伸", "拓展", "下沉"].iter().any(|w| doc.ends(ca, cb, w));
            if let Some(t) = to.filter(|&t| reach && t > ca + 4) {
                return Some((ca + 2, t));
            }
        }
        let start = match doc.at(ca) {
            '在' | '常' | '持' | '定' | '支' | '组' | '为' | '推' | '鼓' | '引' | '聚' | '围'
            | '依' => (ca..cb.min(ca + 32)).find(|&k| builds(k))?,
            // (加快, 大力…: only these words of the common chars.)
            '加' | '大' | '积' | '着'
                if ["加快", "大力", "积极", "着力"]
                    .iter()
                    .any(|w| doc.starts(ca, w)) =>
            {
                (ca..cb.min(ca + 32)).find(|&k| builds(k))?
            }
            // 仙游经济开发区创建省级…示范区，实现零突破: a place that builds it, then the
            // verb.
            // (The place's last char first: this runs for every clause without a number.)
            _ => (ca + 2..cb.min(ca + 12))
                .find(|&k| matches!(doc.at(k - 1), '区' | '县' | '园' | '镇' | '乡') && builds(k))
                .unwrap_or(ca),
        };
        // (组织开展“…”活动，每年不少于24场: 组织 is how; 为出口企业提供…: for whom;
        // 推动合作银行设立…, 引进培育…: who is moved to build it.)
        let placed = start > ca && matches!(doc.at(start - 1), '区' | '县' | '园' | '镇' | '乡');
        if start > ca
            && !placed
            && !matches!(doc.at(ca), '在' | '为')
            && ![
                "常态化",
                "持续",
                "定期",
                "支持",
                "组织",
                "推动",
                "鼓励",
                "引导",
                "引进",
                "聚焦",
                "围绕",
                // 依托…产业园布局建设…工作站，总数达到3个: where it is built.
                "依托",
                // 加快培育持证技术经理人，2026年达到30名: how hard.
                "加快",
                "大力",
                "积极",
                "着力",
            ]
            .iter()
            .any(|w| doc.starts(ca, w))
        {
            return None;
        }
        if cb - start > 24 || !builds(start) {
            return None;
        }
        // (The name is read only when a count uses it: most such clauses have none.)
        Some((start, cb))
    }

    /// Whether a bare count in `unit` counts the object of the clause before: things
    /// built (家, 个, 场 …), or patents moved (…转让许可专利，累计达到50件).
    fn counts_object(&self, (a, b): (usize, usize), unit: Option<&str>) -> bool {
        let doc = self.doc;
        is_count_unit(unit)
            || unit == Some("件") && doc.ends(a, b, "专利")
            // (培育持证技术经理人，达到50名: people trained, counted in 名 or 人.)
            || matches!(unit, Some("名" | "人"))
                && ["人", "员", "师", "人才", "专家"]
                    .iter()
                    .any(|w| doc.ends(a, b, w))
    }

    /// The name of what a clause found by [`Scanner::built_object`] builds.
    fn object_name(&self, (a, b): (usize, usize)) -> Option<String> {
        let name = self.clean_name(a, b, true)?;
        Some(self.name_string(&name))
    }

    /// Whether the clause after the one ending at `cb` starts with an operator and a
    /// number (`，达到80亿元`): a level with no subject of its own.
    fn level_follows(&self, cb: usize) -> bool {
        let doc = self.doc;
        let mut k = cb;
        while is_space(doc.at(k)) || doc.at(k) == ',' {
            k += 1;
        }
        self.words
            .pre_ops
            .starting_at(doc, k)
            .and_then(|w| PRE_OPS.get(w))
            .is_some_and(|(w, _)| {
                let n = k + w.chars().count();
                // (…达到百分之三十五: a number in words.)
                doc.at(n).is_ascii_digit() || qty_at(doc, n, false).is_some()
            })
    }

    /// Whether the sentence reports another document's targets: 《纲要》提出，到2025年…
    /// (but not 根据《纲要》要求，…, which states this plan's own).
    fn cites_other_plan(&self, sa: usize, sb: usize) -> bool {
        let doc = self.doc;
        if self.higher_body_says(sa, sb) || self.higher_scope_leads(sa, sb) {
            return true;
        }
        if per_agreement(doc, trim(doc, sa, sb).0) {
            return true;
        }
        // One pass, keeping where the last 《 opened (no scan back per 》).
        let mut open = None;
        for (j, &c) in (sa..).zip(doc.slice(sa, sb)) {
            match c {
                '《' => open = Some(j),
                '》' => {
                    let k = if doc.at(j + 1) == '中' { j + 2 } else { j + 1 };
                    // 《纲要》提出…, 《规划》相继印发，明确…: the verb right after, or after
                    // a short clause on its issue.
                    let said = |m: usize| {
                        ["提出", "明确", "确定", "设定", "指出"]
                            .iter()
                            .any(|w| doc.starts(m, w))
                    };
                    let says = said(k)
                        || (doc.starts(k, "相继印发") || doc.starts(k, "印发实施"))
                            && matches!(doc.at(k + 4), ',' | '，')
                            && said(k + 5);
                    let follows = open.is_some_and(|o: usize| {
                        let from = o.saturating_sub(4).max(sa);
                        ["根据", "按照", "依据", "对照", "落实", "贯彻"]
                            .iter()
                            .any(|w| doc.find(from, o, w).is_some())
                    });
                    // (《行动方案》明确 on a page about that plan: its own targets. Only
                    // a title's length is compared: 《 can nest without end.)
                    let own = || {
                        open.is_some_and(|o| {
                            j - o <= 64 && {
                                let inner = doc.fstr(o + 1, j);
                                inner.chars().count() >= 2 && self.title.ends_with(&inner)
                            }
                        })
                    };
                    // (对照《…》提出的全省…等要求: what it sets for a scope above the
                    // plan's, even where the plan follows it.)
                    // (…提出的到2028年全市…的要求 in a district's plan: the same, after
                    // the cited plan's year.)
                    let scoped = said(k) && doc.at(k + 2) == '的' && self.higher_scope_at(k + 3);
                    // (根据《九江市…方案》，到2027年全市…达到3000次 in a county's plan: what
                    // the cited plan sets for a scope above this one.)
                    let cited_scope = follows && self.higher_scope_at(k);
                    // (…覆盖率2026年达到《规划》确定的35%: this plan's target, the value
                    // the cited plan set.)
                    let restated = open.is_some_and(|o| {
                        ["达到", "实现", "完成", "提高到", "提升至", "保持"]
                            .iter()
                            .any(|w| doc.ends(o.saturating_sub(4).max(sa), o, w))
                    });
                    if (says && !follows && !own() && !restated) || scoped || cited_scope {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    }

    /// 全省2026年…力争突破320亿元 in a city's plan: a sentence that opens with a scope
    /// above the plan's (全国 / 全省), then its year or its intent, gives that scope's
    /// targets, as context.
    fn higher_scope_leads(&self, sa: usize, sb: usize) -> bool {
        let doc = self.doc;
        let a = trim(doc, sa, sb).0;
        let level = if doc.starts(a, "全国") {
            0
        } else if doc.starts(a, "全省") {
            1
        } else {
            return false;
        };
        let then = a + 2;
        level < self.rank
            && (year_at(doc, then).is_some()
                || ["力争", "计划", "到20"].iter().any(|w| doc.starts(then, w)))
    }

    /// Whether a scope above the plan's (全国, 全省, or 全市 in a county's or district's plan)
    /// follows `k`, after a comma and a year (，到2027年全市…).
    fn higher_scope_at(&self, k: usize) -> bool {
        let doc = self.doc;
        let mut m = k + usize::from(doc.at(k) == ',');
        m += usize::from(doc.at(m) == '到');
        if year_at(doc, m).is_some() {
            m += 5;
            m += usize::from(matches!(doc.at(m), '底' | '末'));
            m += usize::from(doc.at(m) == ',');
        }
        // (全市 in a county-level city's plan (丰城市…) is its own scope.)
        let own_city = ["知识产权", "专利", "商标", "版权", "地理标志"]
            .iter()
            .filter_map(|w| self.title.find(w))
            .min()
            .is_some_and(|i| self.title[..i].ends_with('市'));
        (doc.starts(m, "全国") && self.rank > 0)
            || (doc.starts(m, "全省") && self.rank > 1)
            || (doc.starts(m, "全市") && self.rank > 2 && !own_city)
    }

    /// 省委、省政府提出，到2027年全省…: a sentence that opens with what a body above the
    /// plan's level has set (国家 / 省 above a city, 市 above a county) cites its targets.
    fn higher_body_says(&self, sa: usize, sb: usize) -> bool {
        let doc = self.doc;
        let a = trim(doc, sa, sb).0;
        // (省双打办确定的全省…目标 / 下达的…任务: the same.)
        // (省里提出到2027年培育…: the year may follow the verb.)
        // (唐山市2026年知识产权工作要点提出，…: another document, named without 《》, up
        // to 24 chars.)
        // (《临沧市2026年地理标志产品质量监管工作要点》要求: a title in its marks may be
        // longer.)
        let reach = match doc.at(a) {
            '《' => (a + 1..sb.min(a + 60))
                .find(|&j| doc.at(j) == '》')
                .map_or(a + 24, |j| (j + 3).max(a + 24)),
            _ => a + 24,
        };
        let Some(v) = (a + 1..)
            .zip(doc.slice(a + 1, sb.min(reach)))
            .find_map(|(j, &c)| {
                let at = matches!(c, '提' | '明' | '要' | '确' | '下')
                && ["提出", "明确", "要求", "确定", "下达"]
                    .iter()
                    .any(|w| doc.starts(j, w))
                // (市知识产权局下达我区…目标任务为：…: given to this plan's region.)
                && matches!(doc.at(j + 2), ',' | ':' | '的' | '到' | '我' | '本' | '各');
                at.then_some(j)
            })
        else {
            return false;
        };
        // (The sentence's subject is the body itself: 对照国家…要求 is no such sentence.)
        // (省双打办部署要求，…: the body, then what it did.)
        let subject = doc.fstr(a, v);
        // (《某市2027年知识产权工作要点》要求，…: the document in its marks.)
        let subject = match subject
            .strip_prefix('《')
            .and_then(|t| t.strip_suffix('》'))
        {
            Some(inner) if !inner.contains(['《', '》']) => inner.to_string(),
            _ => subject,
        };
        // (我市对标省、常州市要求，确定…: the plan's own region answering them.)
        if [
            "我市", "我区", "我县", "我州", "我省", "本市", "本区", "本县",
        ]
        .iter()
        .any(|w| subject.starts_with(w))
        {
            return false;
        }
        if ["要点", "规划", "方案", "意见", "纲要", "计划"]
            .iter()
            .any(|w| subject.ends_with(w))
            && subject.chars().count() >= 6
            && !self.title.ends_with(subject.as_str())
        {
            return true;
        }
        // (云南省市场监管局（知识产权局）: the office's other name in brackets.)
        let subject = match subject.strip_suffix(')').and_then(|s| s.rsplit_once('(')) {
            Some((body, _)) if !body.is_empty() => body.to_string(),
            _ => subject,
        };
        // (省推进使用正版软件工作联席会议明确，到2027年全省…: whoever said it, a target for a
        // scope above the plan's is theirs.)
        // (对照湖北省提出的到2028年全省…: the same, after 的.)
        if self.higher_scope_at(v + 2 + usize::from(doc.at(v + 2) == '的')) {
            return true;
        }
        // (对标全市要求，2027年全区…力争实现以下目标: the plan answering what the body
        // asks, for its own scope.)
        let answers = ["对标", "对照", "按照", "根据", "依据", "落实", "贯彻"]
            .iter()
            .any(|w| subject.starts_with(w));
        if answers || subject.chars().count() >= 14 {
            return false;
        }
        let subject = ["部署", "印发", "出台"]
            .iter()
            .find_map(|w| subject.strip_suffix(w))
            .map_or(subject.clone(), str::to_string);
        let ends = |ws: &[&str]| ws.iter().any(|w| subject.ends_with(w));
        // (省双打办, 国家知识产权局: an office named by its level first.)
        let office = subject.chars().count() <= 10
            && ["办", "局", "厅", "委", "部"]
                .iter()
                .any(|w| subject.ends_with(w));
        // (云南省市场监管局, 福州市知识产权局: an office named after its place, up to a
        // four-char place name before 省 or 市.)
        let starts = |ws: &[&str]| {
            office
                && ws.iter().any(|w| {
                    subject
                        .find(w)
                        .is_some_and(|i| subject[..i].chars().count() <= 4)
                })
        };
        let level = if ends(&["国家", "国务院", "中央", "国办"]) || starts(&["国家", "国务院"])
        {
            0
        } else if ends(&["省", "省里", "自治区", "省委", "省政府", "区党委", "区政府"])
            || starts(&["省"])
        {
            1
        } else if ends(&["市", "市委", "市政府"]) || starts(&["市"]) {
            2
        } else {
            return false;
        };
        level < self.rank
    }

    /// Whether a clause starting at `ca` is a section heading's text (3.促进…, （三）推动…).
    fn heading_text(&self, ca: usize) -> bool {
        let doc = self.doc;
        let ls = (0..ca)
            .rev()
            .find(|&j| doc.at(j) == '\n')
            .map_or(0, |j| j + 1);
        let le = (ca..doc.len())
            .find(|&j| doc.at(j) == '\n')
            .unwrap_or(doc.len());
        let (ta, tb) = trim(doc, ls, le);
        ta <= ca
            && self
                .heading(ta, tb)
                .is_some_and(|h| ca <= trim(doc, h.1, tb).0)
    }

    /// `A较2022年增长50%`: a rise relative to a stated year's value (the value itself comes
    /// from the baseline, in merging). Returns whether the clause was one.
    fn relative_rise(&mut self, ca: usize, cb: usize, sent: &Sent) -> bool {
        let doc = self.doc;
        let found = (ca..).zip(doc.slice(ca, cb)).find_map(|(j, &c)| {
            if !matches!(c, '较' | '比') {
                return None;
            }
            let (y, mut e) = year_at(doc, j + 1)?;
            if matches!(doc.at(e), '底' | '末') {
                e += 1;
            }
            // A rise or (缩短, 下降) a fall.
            let verbs = [
                ("增长", 1.0),
                ("提高", 1.0),
                ("增加", 1.0),
                ("提升", 1.0),
                ("下降", -1.0),
                ("降低", -1.0),
                ("缩短", -1.0),
                ("减少", -1.0),
            ];
            let (verb, sign) = verbs.iter().find(|(v, _)| doc.starts(e, v))?;
            let q = qty_at(doc, e + verb.chars().count(), false)?;
            let points = matches!(q.unit, Some("个百分点" | "百分点"));
            (q.high.is_none() && (q.unit == Some("%") || points))
                .then_some((j, y, q, *sign, points))
        });
        let Some((j, y, q, sign, points)) = found else {
            return false;
        };
        // 提高8个百分点，达到45%: the next clause states the level; the change amount only
        // names it (`change_amount`).
        // (…使用率达到85%以上、较2025年提高27个百分点: the level comes first.)
        // (…提高20个百分点、达到82%: the level after a 、 in the same clause.)
        let level_after =
            self.level_follows(cb) || doc.at(q.end) == '、' && self.level_follows(q.end + 1);
        if points && (level_after || (ca..j).any(|k| doc.at(k).is_ascii_digit())) {
            return false;
        }
        // 较2025年提高3个百分点 with no level: the plan states no value (the gold
        // convention: a target's value is written in its quote, or doubles or rises by a
        // percentage); the clause names nothing either.
        if points || sent.past.get() {
            return true;
        }
        let Some(name) = self.clean_name(ca, j, true) else {
            return true;
        };
        let quote = (lead(doc, ca, cb), q.end);
        let year = self.year_for(sent, j);
        // 以上 on a fall (缩短20%以上) means at least that much shorter: at most the value.
        let op = match (sign > 0.0, q.qual) {
            (true, Some(o)) => o,
            (true, None) => Op::Ge,
            (false, _) => Op::Le,
        };
        let idx = self.push_target(name, op, None, None, None, false, false, quote, year);
        if let Some(c) = idx.and_then(|i| self.out.targets.get_mut(i)) {
            let change = sign * q.num.value;
            c.rise = Some(match points {
                true => (y, 1.0, change),
                false => (y, 1.0 + change / 100.0, 0.0),
            });
        }
        true
    }

    /// `设立规模5亿元的知识产权运营基金`: a fund's size written before the fund (its name
    /// + 规模). Returns whether the clause was one.
    fn sized_fund(&mut self, ca: usize, cb: usize, sent: &Sent) -> bool {
        let doc = self.doc;
        let Some(p) = doc.find(ca, cb, "规模") else {
            return false;
        };
        // (设立10亿元规模的…基金: the amount before 规模.)
        let before = doc
            .starts(p, "规模的")
            .then(|| {
                self.tokens(ca, p)
                    .pop()
                    .filter(|q| q.end == p && q.unit.is_some())
            })
            .flatten();
        let (q, op, after) = if let Some(q) = before {
            (q, None, p + 3)
        } else {
            let mut k = p + 2;
            let op = self
                .words
                .pre_ops
                .starting_at(doc, k)
                .and_then(|w| PRE_OPS.get(w))
                .map(|(w, o)| {
                    k += w.chars().count();
                    *o
                });
            let Some(q) = qty_at(doc, k, false).filter(|q| q.unit.is_some() && q.end < cb) else {
                return false;
            };
            if doc.at(q.end) != '的' {
                return false;
            }
            let after = q.end + 1;
            (q, op, after)
        };
        let (na, nb) = trim(doc, after, cb);
        if !["基金", "资金池"].iter().any(|w| doc.ends(na, nb, w)) {
            return false;
        }
        if sent.past.get() {
            return true;
        }
        let Some(name) = self.clean_name(na, nb, true) else {
            return true;
        };
        let name = format!("{}规模", self.name_string(&name));
        let op = op.or(q.qual).unwrap_or(Op::Ge);
        let unit = self.written_unit(&q);
        let year = self.year_for(sent, p);
        let quote = (lead(doc, ca, cb), nb);
        self.push_target_str(
            name,
            op,
            Some(q.num.value),
            q.high,
            unit.as_deref(),
            false,
            false,
            quote,
            year,
        );
        true
    }

    /// `A、B和C分别达到X、Y和Z`: one target each, names sharing the last one's suffix.
    /// (`prev`: the name of the clause before, for a clause of years only.)
    fn respectively(
        &mut self,
        ca: usize,
        cb: usize,
        toks: &[Qty],
        sent: &Sent,
        prev: Option<&str>,
    ) -> bool {
        let doc = self.doc;
        let Some(p) = doc.find(ca, cb, "分别") else {
            return false;
        };
        // 分别给予100万元、50万元奖励: a policy's rewards, not targets; 分别按40%、40%、20%的
        // 比例分担: shares of a loss.
        if REWARD_WORDS.iter().any(|w| doc.find(p, cb, w).is_some())
            || doc.starts(p + 2, "给予")
            || doc.starts(p + 2, "按")
        {
            return true;
        }
        let toks: Vec<&Qty> = toks.iter().filter(|q| q.num.start > p).collect();
        if toks.len() < 2 || toks.iter().any(|q| q.unit.is_none()) {
            return false;
        }
        let flags_end = p;
        let cumulative = doc.find(ca, cb, "累计").is_some();
        let per_year = doc.find(ca, flags_end, "每年").is_some();
        let op = PRE_OPS
            .iter()
            .find(|(w, _)| doc.starts(p + 2, w))
            .map_or(Op::Ge, |(_, o)| *o);
        // (A、B分别由2025年的X1、X2提高到Y1、Y2: two numbers a name.)
        if matches!(doc.at(p + 2), '由' | '从') && toks.len().is_multiple_of(2) {
            let mut names: Vec<String> = self
                .split_names(ca, p, &['、'])
                .iter()
                .map(|n| self.name_string(n))
                .collect();
            share_suffix(&mut names);
            let quote = (lead(doc, ca, cb), toks.last().map_or(cb, |q| q.end));
            if self.paired_change(p, &names, &toks, sent, quote, (cumulative, per_year)) {
                return true;
            }
        }
        if self.milestones(ca, cb, p, &toks, sent, op, prev) {
            return true;
        }
        let mut names = self.split_names(ca, p, &['、']);
        if names.len() != toks.len() {
            names = self.split_names(ca, p, &['、', '和', '及', '与']);
        }
        // (“潜江虾稻”“潜半夏”品牌价值分别达到…: quoted names back to back.)
        if names.len() != toks.len() {
            names = self.split_quoted(ca, p);
        }
        if names.len() != toks.len() {
            return false;
        }
        let mut names: Vec<String> = names.iter().map(|n| self.name_string(n)).collect();
        share_quoted_head(&mut names);
        share_suffix(&mut names);
        share_head(&mut names);
        let last_end = toks.last().map_or(cb, |q| q.end);
        let quote = (lead(doc, ca, cb), last_end);
        // 分别年均增长12%和20%以上: yearly rates, one per name.
        let rates = ["年均增长", "年均增速", "年均提高", "年平均增长"]
            .iter()
            .any(|w| doc.starts(p + 2, w))
            && toks.iter().all(|q| q.unit == Some("%"));
        for (name, q) in names.into_iter().zip(toks) {
            let year = self.year_for(sent, q.num.start);
            let op = q.qual.unwrap_or(op);
            if rates && !sent.past.get() {
                self.push_growth(name, q.num.value, op, quote, cumulative, per_year);
            } else if sent.past.get() {
                self.push_past(name, q, sent, quote, (cumulative, false));
            } else {
                self.push_quantity(name, q, op, quote, (cumulative, per_year), year);
            }
        }
        true
    }

    /// Pushes `q` as the target of `name` (a range's high end, its unit as written).
    fn push_quantity(
        &mut self,
        name: String,
        q: &Qty,
        op: Op,
        quote: (usize, usize),
        (cumulative, per_year): (bool, bool),
        year: Option<i32>,
    ) -> Option<usize> {
        let (op, high) = range_op(q, op);
        let unit = self.written_unit(q);
        self.push_target_str(
            name,
            op,
            Some(q.num.value),
            high,
            unit.as_deref(),
            cumulative,
            per_year,
            quote,
            year,
        )
    }

    /// `A、B分别由2025年的X1、X2提高到Y1、Y2` (分别从…增加至…): each name's base and
    /// target, in order. Returns whether the clause was one.
    fn paired_change(
        &mut self,
        p: usize,
        names: &[String],
        toks: &[&Qty],
        sent: &Sent,
        quote: (usize, usize),
        (cumulative, per_year): (bool, bool),
    ) -> bool {
        let doc = self.doc;
        let n = names.len();
        if toks.len() != 2 * n || !matches!(doc.at(p + 2), '由' | '从') {
            return false;
        }
        let (Some(last_base), Some(first_target)) = (toks.get(n - 1), toks.get(n)) else {
            return false;
        };
        let (from, to) = (last_base.end, first_target.num.start);
        let op = if ["下降", "降低", "压缩", "缩短", "减少", "控制"]
            .iter()
            .any(|w| doc.find(from, to, w).is_some())
        {
            Op::Le
        } else if ["提高", "提升", "增加", "增长", "扩大", "上升", "达到"]
            .iter()
            .any(|w| doc.find(from, to, w).is_some())
        {
            Op::Ge
        } else {
            return false;
        };
        // (A review's changes are no targets: consumed, nothing pushed.)
        if sent.past.get() {
            return true;
        }
        // (由2025年的…: the year of the bases, else the plan's base year.)
        let base_year = year_at(doc, p + 3).map(|(y, _)| y).or(sent.base_year);
        for (k, name) in names.iter().enumerate() {
            let (Some(b), Some(t)) = (toks.get(k), toks.get(n + k)) else {
                continue;
            };
            let year = self.year_for(sent, t.num.start);
            let op = t.qual.unwrap_or(op);
            let idx = self.push_quantity(name.clone(), t, op, quote, (cumulative, per_year), year);
            let unit = self.written_unit(t);
            let b_unit = self.written_unit(b);
            if let (Some(c), Some(y)) = (idx.and_then(|i| self.out.targets.get_mut(i)), base_year) {
                c.baseline = Some(Measure {
                    year: y,
                    value: b.num.value,
                    unit: b_unit.filter(|u| Some(u) != unit.as_ref()),
                });
            }
        }
        true
    }

    /// The plan's years when `[ca, p)` ends in 三年 (五年…) and the plan spans as many
    /// years as there are `n` values: (years, where the name may end).
    fn period_years(&self, ca: usize, p: usize, n: usize) -> Option<(Vec<i32>, usize)> {
        let (start, end) = self.period?;
        let k = p
            .checked_sub(2)
            .filter(|&k| k >= ca && self.doc.at(k + 1) == '年')?;
        let count = super::scan::chinese_at(self.doc, k).filter(|c| c.end == k + 1)?;
        let span = usize::try_from(end - start + 1).ok()?;
        (count.value as usize == n && span == n).then(|| ((start..=end).collect(), k))
    }

    /// `A2023年、2025年分别达到8件、10件`: one indicator, one entry per year.
    #[allow(clippy::too_many_arguments)]
    fn milestones(
        &mut self,
        ca: usize,
        cb: usize,
        p: usize,
        toks: &[&Qty],
        sent: &Sent,
        op: Op,
        prev: Option<&str>,
    ) -> bool {
        let doc = self.doc;
        // 2026年、2027年、2028年，A分别达到…: the years lead the sentence, the name follows
        // them (in this clause or the next).
        // (分年度看，2026年、2027年，A分别…: or they fill the clause before this one.)
        let prev_clause = (sent.start..ca.saturating_sub(1))
            .rev()
            .find(|&j| matches!(doc.at(j), ',' | ';' | ':'))
            .map(|j| trim(doc, j + 1, ca).0)
            .filter(|&a| lead_years(doc, a, ca).is_some_and(|(_, e)| trim(doc, e, ca).0 + 1 >= ca));
        let leading = [Some(ca), Some(trim(doc, sent.start, p).0), prev_clause]
            .into_iter()
            .flatten()
            .find_map(|a| lead_years(doc, a, p).filter(|(years, _)| years.len() == toks.len()));
        // 逐年提高，三年分别达到150亿元、170亿元、200亿元: the plan's years, in order.
        let by_period = leading
            .is_none()
            .then(|| self.period_years(ca, p, toks.len()))
            .flatten();
        let led = leading.is_some() || by_period.is_some();
        let (years, name) = match (leading, by_period) {
            (None, Some((years, k))) => (years, self.clean_name(ca, k, true)),
            (leading, _) => match leading {
                // …分别新增A3家、5家、6家: the name may follow 分别.
                Some((years, end)) => {
                    let after = toks
                        .first()
                        .and_then(|q| self.clean_name(p + 2, q.num.start, true));
                    (years, self.clean_name(ca.max(end), p, true).or(after))
                }
                None => {
                    let years: Vec<i32> = sent
                        .years
                        .iter()
                        .filter(|(pos, _)| *pos >= ca && *pos < p)
                        .map(|(_, y)| *y)
                        .collect();
                    let first = sent.years.iter().find(|(pos, _)| *pos >= ca);
                    // (A到2027年、2030年分别…: 到 leads the years.)
                    let name = first.and_then(|&(first, _)| {
                        let end = first - usize::from(first > ca && doc.at(first - 1) == '到');
                        self.clean_name(ca, end, true)
                    });
                    (years, name)
                }
            },
        };
        if years.len() != toks.len() {
            return false;
        }
        // A达到3600件，2026年、2027年分别达到2800件、3200件: the years' clause names
        // nothing; the clause before does.
        let name = match (name, led, prev) {
            (Some(n), _, _) => self.name_string(&n),
            (None, true, Some(p)) => p.to_string(),
            _ => return false,
        };
        let quote = (lead(self.doc, ca, cb), toks.last().map_or(cb, |q| q.end));
        if sent.past.get() {
            // 2023年、2024年、2025年全市…分别为39.2亿元、43.5亿元、48.6亿元: one past
            // value per year (the years lead; see `respective_year`).
            if !led {
                return false;
            }
            for q in toks {
                self.push_past(name.clone(), q, sent, quote, (false, false));
            }
            return true;
        }
        let unit = toks.first().and_then(|q| self.written_unit(q));
        // One entry per year (the gold convention: a prose entry has one target), in
        // text order, sharing the quote.
        // 分别新建…10个、12个: what is added each year, no level.
        let first = toks.first().map_or(cb, |q| q.num.start);
        let increment = INCREMENT_WORDS
            .iter()
            .any(|w| self.doc.find(ca, first, w).is_some());
        let mut pushed = false;
        for (y, q) in years.iter().zip(toks) {
            let (op, high) = range_op(q, q.qual.unwrap_or(op));
            let (u, v) = (unit.as_deref(), Some(q.num.value));
            let n = name.clone();
            let idx = self.push_target_str(n, op, v, high, u, false, false, quote, Some(*y));
            if let Some(c) = idx.and_then(|i| self.out.targets.get_mut(i)) {
                c.increment = increment;
                pushed = true;
            }
        }
        pushed
    }

    /// `“A”“B”X`: the names of quoted items written back to back, the last with its
    /// head (`“A”`, `“B”X`); none when there are no two.
    fn split_quoted(&self, a: usize, b: usize) -> Vec<NameSpan> {
        let doc = self.doc;
        let cuts: Vec<(usize, usize)> = (a..b)
            .filter(|&j| doc.at(j) == '”' && doc.at(j + 1) == '“')
            .map(|j| (j + 1, j + 1))
            .collect();
        if cuts.is_empty() {
            return Vec::new();
        }
        self.names_between(a, b, &cuts)
    }

    fn split_names(&self, a: usize, b: usize, seps: &[char]) -> Vec<NameSpan> {
        let doc = self.doc;
        let mut cuts = Vec::new();
        let mut depth = 0i32;
        for j in a..b {
            let c = doc.at(j);
            match c {
                '(' | '“' | '《' => depth += 1,
                ')' | '”' | '》' => depth -= 1,
                _ => {}
            }
            if depth == 0 && seps.contains(&c) {
                cuts.push((j, j + 1));
            }
        }
        self.names_between(a, b, &cuts)
    }

    /// The names of `[a, b)` cut at `cuts` (each: where a name ends, where the next
    /// starts); none when one of them is no name.
    fn names_between(&self, a: usize, b: usize, cuts: &[(usize, usize)]) -> Vec<NameSpan> {
        // (An item whose name ends where it starts has none to split.)
        if b < a {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut s = a;
        for &(end, next) in cuts.iter().chain(std::iter::once(&(b, b))) {
            match self.clean_name(s, end, true) {
                Some(n) => out.push(n),
                None => return Vec::new(),
            }
            s = next;
        }
        out
    }

    /// One item starting at `item_start` whose number is `q`. Returns where the next
    /// item starts.
    fn item(
        &mut self,
        item_start: usize,
        cb: usize,
        q: &Qty,
        next: Option<&Qty>,
        sent: &Sent,
        st: &mut SentState,
    ) -> usize {
        // 按创造、运用、保护、服务四类列示: the kinds just listed, counted. A级（90分以上）:
        // the band of a grade.
        if self.counts_list(q) || self.grade_band(q) {
            return q.end;
        }
        let it = self.around(item_start, cb, q, next);
        // 由4.37件提高到6件: the first number is the starting value. So is the one of
        // 在2025年2.1件的基础上提高到2.6件.
        if !it.name_first {
            let doc = self.doc;
            let on_base = ["的基础上", "基础上"]
                .iter()
                .find(|w| doc.starts(it.post.0, w))
                .map(|w| it.post.0 + w.chars().count());
            let (op_at, words): (usize, &[&str]) = match on_base {
                Some(at) => (at, &["在"]),
                None => (it.post.0, &["从", "由"]),
            };
            if let Some(from) = words
                .iter()
                .filter_map(|w| doc.find(it.pa, q.num.start, w))
                .min()
            {
                // (在…4个的基础上，A达到7个: the clause only gives the starting value.)
                if on_base.is_some() && trim(doc, op_at, cb).0 >= cb {
                    st.base_ahead = Some((q.num.value, self.written_unit(q)));
                    return cb;
                }
                if PRE_OPS.iter().any(|(w, _)| doc.starts(op_at, w)) {
                    // 指标名：由2020年的18件提高到…: the label names it when nothing before 由
                    // does.
                    let label = st
                        .label
                        .filter(|_| self.clean_name(it.pa, from, true).is_none());
                    let (na, nb) = label.unwrap_or((it.pa, from));
                    if let Some(n) = self.clean_name(na, nb, true) {
                        let unit = self.written_unit(q);
                        let start = label.map_or(it.quote_start, |(a, _)| a);
                        let year =
                            (from + 1..q.num.start).find_map(|j| year_at(doc, j).map(|(y, _)| y));
                        st.pending_base =
                            Some((self.name_string(&n), q.num.value, unit, start, year));
                    }
                    // (The next item starts after 的基础上.)
                    return op_at;
                }
            }
        }
        if it.name_first {
            self.name_first(q, &it, sent, st);
            q.end
        } else {
            self.count_first(q, &it, sent, st)
        }
    }

    /// Whether `q` counts the kinds listed right before it (创造、运用、保护、服务四类).
    fn counts_list(&self, q: &Qty) -> bool {
        let doc = self.doc;
        q.unit == Some("类")
            && (q.num.start.saturating_sub(8)..q.num.start).any(|j| doc.at(j) == '、')
            && !(q.num.start.saturating_sub(8)..q.num.start).any(|j| doc.at(j).is_ascii_digit())
    }

    /// Whether `q` opens the score band of a grade (A级（90分以上）, B级（75—89分）).
    fn grade_band(&self, q: &Qty) -> bool {
        let doc = self.doc;
        let s = q.num.start;
        s >= 2 && doc.at(s - 1) == '(' && matches!(doc.at(s - 2), '级' | '档' | '等')
    }

    /// The words around a number: operator before it, flags, where its item ends.
    /// `next` is the clause's next number token (tokens do not overlap: it starts at or
    /// after `q`'s end).
    fn around(&self, item_start: usize, cb: usize, q: &Qty, next: Option<&Qty>) -> Around {
        let doc = self.doc;
        let mut pa = skip_list_sep(doc, item_start, q.num.start);
        // （其中国家级10家）, 认定新一批示范区（市级示范区达到4个）: the words of an aside
        // still open at the number start inside it.
        if let Some(o) = (pa..q.num.start)
            .rev()
            .find(|&j| matches!(doc.at(j), '(' | ')'))
            .filter(|&j| doc.at(j) == '(')
        {
            // (Not X显著提升（达到20件）: an operator alone names nothing.)
            let op_len = self
                .words
                .pre_ops
                .ending_at(doc, o + 1, q.num.start)
                .and_then(|k| PRE_OPS.get(k))
                .map_or(0, |(w, _)| w.chars().count());
            if q.num.start - (o + 1) >= op_len + 2 || o == pa {
                pa = o + 1;
            }
        }
        let mut pe = q.num.start;
        while pe > pa && is_space(doc.at(pe - 1)) {
            pe -= 1;
        }
        pe = strip_year_of(doc, pa, pe);
        pe = strip_cited_value(doc, pa, pe);
        let pre_op = self
            .words
            .pre_ops
            .ending_at(doc, pa, pe)
            .and_then(|k| PRE_OPS.get(k))
            .copied();
        let mut name_end = pre_op.map_or(pe, |(w, _)| pe - w.chars().count());
        // 约3万件, 近300家: an approximate figure (not 节约, 附近, 最近 …).
        if pre_op.is_none()
            && name_end > pa + 1
            && matches!(doc.at(name_end - 1), '约' | '近')
            && !"节制合条签附最临接将".contains(doc.at(name_end - 2))
        {
            name_end -= 1;
        }
        // X显著提升（达到20件）: the target in parentheses after a description of it.
        let in_parens = name_end > pa && doc.at(name_end - 1) == '(' && doc.at(q.end) == ')';
        if in_parens {
            name_end -= 1;
            for w in TREND_WORDS {
                if doc.ends(pa, name_end, w) {
                    name_end -= w.chars().count();
                    break;
                }
            }
        }
        // The item's words after the number end at the clause end, or at a list
        // separator right before the next number.
        let boundary = next
            .filter(|t| t.num.start >= q.end)
            .and_then(|t| {
                let mut k = t.num.start;
                while k > q.end && is_space(doc.at(k - 1)) {
                    k -= 1;
                }
                (k > q.end && matches!(doc.at(k - 1), '、' | '和' | '及' | ',')).then_some(k - 1)
            })
            .unwrap_or(cb);
        let mut post = trim(doc, q.end, boundary);
        if in_parens {
            post = trim(doc, post.0 + 1, boundary);
        }
        Around {
            pa,
            pe,
            pre_op,
            name_end,
            per_year: doc.find(pa, q.num.start, "每年").is_some() || q.per_year,
            cumulative: doc.find(pa, q.num.start, "累计").is_some(),
            boundary,
            post,
            // 培育…50家（其中国家级10家）: an aside in parentheses after the number.
            name_first: post.0 >= post.1
                || matches!(doc.at(post.0), '、' | '和' | '及' | '与' | '(' | ')')
                || doc.starts(post.0, "以及")
                // (正版化率达到100%并长期保持: 并 goes on to another verb.)
                || doc.at(post.0) == '并'
                // (选派企业知识产权骨干10名赴高校研修: where those counted go.)
                || ["赴", "前往"].iter().any(|w| doc.starts(post.0, w)),
            quote_start: lead(doc, pa, cb),
        }
    }

    /// Name first: 有效注册商标总量超过8.5万件, 知识产权示范企业30个, 年均增长15%.
    fn name_first(&mut self, q: &Qty, it: &Around, sent: &Sent, st: &mut SentState) {
        let doc = self.doc;
        // 同比增长10%以上 in a target: a growth rate, like 年均增长.
        // (Only a percentage is one: the words are looked for then, in one pass.)
        static GROWTH: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
        let growth_at = (q.unit == Some("%"))
            .then(|| {
                let words = GROWTH.get_or_init(|| {
                    WordSet::new(&["年均", "年平均", "平均每年", "同比", "比上年", "较上年"])
                });
                doc.find_any(it.pa, it.name_end, words)
            })
            .flatten();
        let growth = growth_at.is_some();
        if it.pre_op.is_none()
            && q.unit.is_none()
            && q.qual.is_none()
            && !growth
            && self.label_name(st, q).is_none()
        {
            return;
        }
        if !growth && it.pre_op.is_none() && self.change_amount(it, st) {
            return;
        }
        if self.base_aside(q, it, st) {
            return;
        }
        let mut label_unit: Option<String> = None;
        let op = q.qual.or(it.pre_op.map(|(_, o)| o)).unwrap_or(Op::Ge);
        let year = self.year_for(sent, q.num.start);
        let nend = growth_at.unwrap_or(it.name_end);
        let name = self
            .clean_name(it.pa, nend, true)
            .map(|n| self.name_string(&n));
        let name = name.map(|n| self.refer_back(sent.start, it.pa, n));
        // （二）有效发明专利拥有量。目标1300件，完成1326件: what was done, named by the
        // item's label.
        // (Compared in place: this runs for every named number.)
        let a = trim(doc, it.pa, q.num.start).0;
        let done = ["完成", "实际", "实际为", "完成值"]
            .iter()
            .any(|w| q.num.start - a == w.chars().count() && doc.starts(a, w));
        let name = match done.then(|| self.item_label(sent.start)).flatten() {
            Some(label) => Some(label),
            None => name,
        };
        // 每场对接活动参会企业不少于30家: a requirement on each unit names nothing, and
        // takes no name from the clause before either.
        if name.is_none() {
            let w = skip_list_sep(doc, it.pa, it.name_end);
            // (专员每人每年服务企业不少于20家次: the same, each person.)
            if PER_UNIT_STARTS.iter().any(|u| doc.starts(w, u))
                || doc.find(w, it.name_end, "每人").is_some()
            {
                return;
            }
        }
        // 每场对接活动推介专利不少于30件、邀请企业不少于20家: the next item of the list
        // is on each event too.
        let sep = [it.pa, it.pa.saturating_sub(1)]
            .into_iter()
            .find(|&j| doc.at(j) == '、');
        if sep.is_some_and(|j| per_unit_list(doc, j)) {
            return;
        }
        let mut base = None;
        let mut base_year = None;
        let mut quote_start = it.quote_start;
        let name = match name {
            // 培育优势企业100家，其中国家级20家: a bare level word takes the thing
            // counted before it.
            Some(n) if is_level_word(&n) => st
                .last_name
                .as_deref()
                .map(|l| format!("{n}{}", strip_level(l)))
                .or(Some(n)),
            // 新建…培育中心2个，其中化工塑料领域不少于1个: a field alone, after 其中, takes
            // the thing counted before it.
            Some(n)
                if (n.ends_with("领域") || n.ends_with("行业"))
                    && n.chars().count() <= 10
                    && doc.starts(it.quote_start, "其中") =>
            {
                st.last_name
                    .as_deref()
                    .filter(|l| !l.ends_with("领域") && !l.ends_with("行业"))
                    .map(|l| format!("{n}{l}"))
                    .or(Some(n))
            }
            // 建成省级行政裁决规范化建设示范点20个、国家级示范点3个: a level word before
            // the last words of the name before it names that thing at that level.
            Some(n) if level_short(&n, st.last_name.as_deref()).is_some() => {
                level_short(&n, st.last_name.as_deref())
            }
            // 2023年、2024年分别新建…中心10个、12个，到2025年总数达到60个: a bare total
            // counts what the sentence's last target named.
            // (共建校企联合实验室（研发中心），总数达到90个: what the clause right before
            // builds, first.)
            Some(n) if matches!(n.as_str(), "总数" | "总量" | "数量" | "总数量") => st
                .object
                .take()
                .and_then(|o| self.object_name(o))
                .or_else(|| {
                    // (What was built before the last target counted, that target.)
                    let after = st.built.map_or(sent.start, |b| b.1);
                    self.out
                        .targets
                        .last()
                        .filter(|c| c.quote.0 >= after)
                        .map(|c| total_of_new(&c.name).unwrap_or_else(|| c.name.clone()))
                })
                .or_else(|| st.built.take().and_then(|o| self.object_name(o)))
                .or(Some(n)),
            // 办理侵权纠纷案件127件，平均办案周期45个工作日 / 结案率96.2%: an average or a
            // case rate alone measures the thing counted before it.
            Some(n)
                if n.starts_with("平均") && n.chars().count() <= 8
                    || CASE_RATES.contains(&n.as_str()) =>
            {
                // (…保护中心作用，预审备案主体达到5000家，平均预审授权周期…: the centre's
                // average, not the registered firms'.)
                let host = st
                    .host
                    .as_deref()
                    .filter(|_| n.starts_with("平均"))
                    .filter(|_| st.counted.as_deref().is_none_or(|l| !is_case_word(l)));
                // (…累计理赔7件，…平均理赔周期35个工作日: an average that names what it
                // averages needs no other name.)
                let own = st.counted.as_deref().is_some_and(|l| {
                    let tail = l.char_indices().rev().nth(1).map_or(l, |(i, _)| &l[i..]);
                    n.starts_with("平均") && n["平均".len()..].contains(tail)
                });
                if own {
                    Some(n)
                } else {
                    host.map(|h| format!("{h}{n}")).or_else(|| {
                        st.counted
                            .as_deref()
                            .filter(|l| n.starts_with("平均") || is_case_word(l))
                            .map(|l| rate_of_cases(l, &n))
                            .or_else(|| self.ruling_before(sent.start, it.pa, &n))
                            .or(Some(n))
                    })
                }
            }
            // (推行…行政裁决繁简分流，案件平均办案周期…: the same, written with 案件.)
            Some(n) if n.starts_with("案件平均") && n.chars().count() <= 10 => self
                .ruling_before(sent.start, it.pa, &n["案件".len()..])
                .or(Some(n)),
            // 开展…质量抽检96批次，合格率97.6%: a bare rate measures the thing counted
            // before it.
            // (…获得质押融资2.3亿元；…按时办结率98.1%: money is no thing a rate counts.)
            Some(n)
                if is_bare_rate(&n)
                    && st.counted.as_deref().is_some_and(|c| {
                        !["融资", "金额", "资金", "收入", "规模", "投入"]
                            .iter()
                            .any(|w| c.ends_with(w))
                    }) =>
            {
                st.counted.as_deref().map(|l| joined(after_handling(l), &n))
            }
            // 发明专利授权量2.58万件，占全市比重为40.2%: the share of what was just named.
            Some(n)
                if n.starts_with('占')
                    && (n.ends_with("比重") || n.ends_with("比例"))
                    && n.chars().count() <= 7 =>
            {
                st.last_name
                    .as_deref()
                    .filter(|l| !l.starts_with('占'))
                    .map(|l| format!("{l}{n}"))
                    .or(Some(n))
            }
            // 设立海外知识产权维权互助基金，基金规模达到2000万元: the size of that fund.
            // (设立…资金池，县财政安排首期规模500万元: the first tranche, whoever pays.)
            Some(n)
                if n.ends_with("规模")
                    && let Some(size) = fund_size(&n) =>
            {
                st.object
                    .and_then(|o| self.object_name(o))
                    .filter(|o| o.ends_with("基金") || o.ends_with("资金池"))
                    .map(|o| format!("{o}{size}"))
                    .or(Some(n))
            }
            // 质押融资登记金额386.2亿元，惠及企业3260家: the firms that financing reached.
            Some(n) if n.starts_with("惠及") && n.chars().count() <= 6 => {
                reached_by(&n, st.last_name.as_deref()).or(Some(n))
            }
            // 实施“某某大蒜”区域公用品牌培育计划，授权使用企业达到40家: the firms licensed
            // to use that brand.
            Some(n) if n.starts_with("授权使用") && n.chars().count() <= 6 => st
                .object
                .and_then(|o| self.object_name(o))
                .and_then(|o| {
                    let brand = ["培育计划", "提升计划", "计划", "工程", "行动"]
                        .iter()
                        .find_map(|w| o.strip_suffix(w))
                        .unwrap_or(&o);
                    brand.ends_with("品牌").then(|| format!("{brand}{n}"))
                })
                .or_else(|| {
                    brand_before(doc, sent.start, it.pa)
                        .filter(|_| n == "授权使用企业")
                        .map(|b| format!("{b}{n}"))
                })
                .or(Some(n)),
            // 实施“某某大米”品牌提升计划，区域公用品牌授权使用企业…: the brand quoted before.
            Some(n) if n.starts_with("区域公用品牌") && n.ends_with("授权使用企业") => {
                brand_before(doc, sent.start, it.pa)
                    .map(|b| {
                        let quoted = b.find('”').map_or(b.as_str(), |i| &b[..i + '”'.len_utf8()]);
                        format!("{quoted}{n}")
                    })
                    .or(Some(n))
            }
            // 建成商标品牌指导站36个，全年服务企业1260家: the firms those bodies served.
            // 新增…公共服务网点2个，…；网点全年办件量…: the short name of the body named
            // before, the measure of all of them.
            Some(n) if body_measure(&n, st.last_name.as_deref()).is_some() => {
                body_measure(&n, st.last_name.as_deref())
            }
            // (为出口企业提供海外…应对指导，服务企业不少于20家次: the firms that service
            // served.)
            Some(n) if n.starts_with("服务") && n.chars().count() <= 6 => st
                .last_name
                .as_deref()
                .filter(|l| ENTITY_ENDS.iter().any(|e| l.ends_with(e)))
                .map(|l| format!("{l}{n}"))
                .or_else(|| {
                    let o = st.object.filter(|o| doc.starts(o.0, "提供"))?;
                    self.object_name(o).map(|o| format!("{o}{n}"))
                })
                .or(Some(n)),
            // 建立专利转化专家顾问团，聘请专家30名 / 组建专家库，入库专家21名: the experts of
            // the body built in the clause before.
            Some(n)
                if n.ends_with("专家")
                    && n.chars().count() <= 4
                    && st.object.is_some_and(|o| {
                        ["团", "库", "委员会"].iter().any(|w| doc.ends(o.0, o.1, w))
                    }) =>
            {
                st.object
                    .take()
                    .and_then(|o| self.object_name(o))
                    .map(|o| format!("{o}专家"))
                    .or(Some(n))
            }
            // 组建知识产权金融服务专员队伍，专员（人数）达到50名: the members of the team
            // built in the clause before.
            Some(n)
                if team_member(&n).is_some_and(|m| {
                    st.object
                        .is_some_and(|o| doc.ends(o.0, o.1, &format!("{m}队伍")))
                }) =>
            {
                st.object
                    .take()
                    .and_then(|o| self.object_name(o))
                    .and_then(|o| o.strip_suffix("队伍").map(String::from))
                    .or(Some(n))
            }
            // 建立标准必要专利重点培育企业库，入库企业达到35家: the firms in that pool (set as a
            // target: a review's bare 入库企业548家 keeps the short name its target has).
            Some(n)
                if n.starts_with("入库")
                    && n.chars().count() <= 4
                    && it.pre_op.is_some()
                    && st
                        .object
                        .is_some_and(|o| doc.ends(o.0, o.1, &format!("{}库", &n[6..]))) =>
            {
                st.object
                    .take()
                    .and_then(|o| self.object_name(o))
                    .map(|o| format!("{o}{n}"))
                    .or(Some(n))
            }
            // 知识产权服务机构1260家，从业人员1.5万人: the people of that trade.
            Some(n) if n == "从业人员" => st
                .counted
                .as_deref()
                .and_then(|l| l.strip_suffix("服务机构"))
                .map(|l| format!("{l}服务业从业人员"))
                .or(Some(n)),
            // 集聚知识产权服务机构14家，…实现营业收入1.35亿元: those bodies' revenue.
            Some(n) if n == "营业收入" => st
                .counted
                .as_deref()
                .filter(|l| ENTITY_ENDS.iter().any(|e| l.ends_with(e)))
                .map(|l| format!("{l}{n}"))
                .or(Some(n)),
            Some(n) => Some(n),
            None if it.pre_op.is_some() => match st.pending_base.take() {
                Some((n, v, u, start, year)) => {
                    base = Some((v, u));
                    base_year = year;
                    quote_start = start;
                    Some(n)
                }
                None if st.pending_name.is_some() => st.pending_name.take().map(|(n, start)| {
                    quote_start = start;
                    n
                }),
                // 有效注册商标量：突破60万件: the label before the colon names it.
                None if st.label.is_some() && self.label_name(st, q).is_some() => {
                    self.label_name(st, q).map(|(n, u)| {
                        label_unit = u;
                        n
                    })
                }
                None if st.object.is_some_and(|o| self.counts_object(o, q.unit)) => {
                    st.object.take().and_then(|o| self.object_name(o))
                }
                // 设立集聚区发展专项资金，每年不少于2000万元: the fund set up is the amount's.
                None if q.unit.is_some_and(|u| u.ends_with('元'))
                    && st.object.is_some_and(|o| {
                        let doc = self.doc;
                        FUND_WORDS.iter().any(|w| doc.ends(o.0, o.1, w))
                    }) =>
                {
                    st.object.take().and_then(|o| self.object_name(o))
                }
                None if self.extend_last(st, q, op, year, (sent, it.cumulative)) => return,
                // 配备专职预审员不少于15名，其中具有理工科硕士以上学历的不少于8名 / 其中国家级的
                // 不少于5家: a 的 phrase after 其中 names a part of the thing counted before.
                None if doc.starts(it.quote_start, "其中")
                    && doc.ends(it.pa, it.name_end, "的")
                    && st.last_name.is_some() =>
                {
                    self.part_named(it.pa, it.name_end, st.last_name.as_deref())
                }
                // (…，专利许可收益中用于奖励科研人员的比例不低于70%: words that name
                // something, if nothing this parser counts, are no continuation.)
                // (首期规模2亿元，区级出资比例不超过30%: a share of its own.)
                None if (it.pa..it.name_end)
                    .filter(|&j| super::scan::is_cjk(doc.at(j)))
                    .count()
                    >= 8
                    || ["比例", "比重", "占比"]
                        .iter()
                        .any(|w| doc.ends(it.pa, it.name_end, w))
                    // (…，全省目标为15件: someone's goal.)
                    || doc.find(it.pa, it.name_end, "目标").is_some() =>
                {
                    None
                }
                None => st.last_name.clone().or_else(|| st.list_name.clone()),
            },
            None => match self.label_name(st, q) {
                Some((n, u)) => {
                    label_unit = u;
                    Some(n)
                }
                None if st.object.is_some() => st
                    .object
                    .take()
                    .filter(|&o| self.counts_object(o, q.unit))
                    .and_then(|o| self.object_name(o)),
                // 到2023年，新增A20家；到2025年，新增50家: a verb alone continues the
                // previous item in another year.
                None if self.verb_only(it.pa, it.name_end)
                    && self.extend_last(st, q, op, year, (sent, it.cumulative)) =>
                {
                    return
                }
                None => None,
            },
        };
        let Some(name) = name else {
            if growth && !sent.past.get() {
                self.growth_to_last(st, q);
            }
            return;
        };
        if base.is_none() && !growth {
            if let Some((v, u)) = st.base_ahead.take() {
                let unit = self.written_unit(q);
                if u == unit {
                    base = Some((v, u));
                }
            }
        }
        let quote = (quote_start, q.end);
        // A和B各3个: each of the names gets the value.
        if name.ends_with('各') && !sent.past.get() && !growth {
            let mut names = self.split_names(it.pa, nend - 1, &['和', '及', '、']);
            // (“奇台面粉”“玛纳斯葡萄酒”…: quoted names written back to back.)
            if names.len() < 2 {
                names = self.split_quoted(it.pa, nend - 1);
            }
            if names.len() >= 2 {
                let (op, high) = range_op(q, op);
                let unit = self.written_unit(q);
                let mut names: Vec<String> = names.iter().map(|n| self.name_string(n)).collect();
                share_quoted_head(&mut names);
                for n in names {
                    let (c, p) = (it.cumulative, it.per_year);
                    let v = Some(q.num.value);
                    self.push_target_str(n, op, v, high, unit.as_deref(), c, p, quote, year);
                }
                st.last_out = None;
                return;
            }
        }
        static INCREMENTS: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
        let increments = INCREMENTS.get_or_init(|| WordSet::new(INCREMENT_WORDS));
        let increment = doc.contains_any(it.pa, q.num.start, increments);
        // 全年发明专利授权量5836件，比上年增长21.3%: a bare figure in a sentence that
        // compares with the year before reports a result.
        let reported = sent.results && it.pre_op.is_none() && q.qual.is_none() && !growth;
        if growth && sent.past.get() {
            // 同比增长15.2% in a review: a past rate, no base value of the quantity.
        } else if sent.past.get() || reported {
            self.push_past(name.clone(), q, sent, quote, (it.cumulative, increment));
        } else if growth {
            // 比上年缩短10%: a yearly fall is a negative rate, at most (−10 %, `<=`).
            let falls = growth_at.is_some_and(|g| {
                FALL_VERBS
                    .iter()
                    .any(|w| doc.find(g, q.num.start, w).is_some())
            });
            let (rate, op) = if falls {
                (-q.num.value, op.flipped())
            } else {
                (q.num.value, op)
            };
            let idx = self.push_growth(name.clone(), rate, op, quote, it.cumulative, it.per_year);
            st.last_out = Some(idx);
        } else {
            let (op, high) = range_op(q, op);
            let unit = self.written_unit(q).or(label_unit);
            let (v, u) = (Some(q.num.value), unit.as_deref());
            let idx = self.push_target_str(
                name.clone(),
                op,
                v,
                high,
                u,
                it.cumulative,
                it.per_year,
                quote,
                year,
            );
            if let Some(c) = idx.and_then(|i| self.out.targets.get_mut(i)) {
                c.increment = increment;
                if let (Some((v, u)), Some(year)) = (base, base_year.or(sent.base_year)) {
                    c.baseline = Some(Measure {
                        year,
                        value: v,
                        unit: u,
                    });
                }
            }
            st.last_out = idx;
        }
        st.last_shape = Some(Shape::NameFirst);
        st.note_name(name);
    }

    /// `达到16件（2025年为9.2件）`: the base value in an aside right after a target.
    /// Returns whether `q` was one (and set the baseline of the target before it).
    fn base_aside(&mut self, q: &Qty, it: &Around, st: &SentState) -> bool {
        let doc = self.doc;
        // (…：70家以上（2025年：46家）: the aside's colon starts the item; its year and
        // bracket are before it.)
        let pa = match (it.pa.checked_sub(1).map(|k| doc.at(k)), it.pa) {
            (Some(':'), p) => (p.saturating_sub(8)..p)
                .rev()
                .find(|&o| doc.at(o) == '(')
                .map(|o| o + 1)
                .filter(|&a| year_at(doc, a).is_some_and(|(_, e)| e + 1 == p))
                .unwrap_or(p),
            (_, p) => p,
        };
        if pa == 0 || doc.at(pa - 1) != '(' {
            return false;
        }
        // (上年为43个): the year before the plan's first.
        let last_year = ["上年", "去年", "上一年"]
            .iter()
            .any(|w| doc.starts(pa, w))
            .then(|| self.period.map(|(s, _)| s - 1))
            .flatten();
        let Some(year) = year_at(doc, pa).map(|(y, _)| y).or(last_year) else {
            return false;
        };
        let before_plan = self.period.is_some_and(|(s, _)| year < s);
        let Some(c) = st.last_out.and_then(|i| self.out.targets.get_mut(i)) else {
            return false;
        };
        // The aside must follow that target's number: 16件（…
        if !before_plan || c.quote.1 + 1 != pa {
            return false;
        }
        if c.baseline.is_none() {
            c.baseline = Some(Measure {
                year,
                value: q.num.value,
                unit: None,
            });
        }
        true
    }

    /// Whether `s` is inside an aside on a year before the plan, past its first value
    /// (（2025年：14家，含分支机构5家）: the 5).
    fn in_past_aside(&self, s: usize) -> bool {
        let doc = self.doc;
        let Some(o) = (s.saturating_sub(24)..s)
            .rev()
            .find(|&j| matches!(doc.at(j), '(' | ')'))
            .filter(|&j| doc.at(j) == '(')
        else {
            return false;
        };
        let Some((y, e)) = year_at(doc, o + 1) else {
            // (…累计达到60件（“十四五”期间累计为18件）: the period before the plan's, all
            // of it.)
            return self.previous_period_mentioned(o + 1, s);
        };
        let first = e + usize::from(matches!(doc.at(e), ':' | '为'));
        self.period.is_some_and(|(start, _)| y < start) && s > first
    }

    /// `X提高5个百分点`, `X增加500件`: an amount of change, which the schema cannot
    /// hold (it is neither a level nor a yearly rate). Nothing is pushed; X names the
    /// level a following clause states (`，达到45%`). Returns whether `q` was one.
    fn change_amount(&self, it: &Around, st: &mut SentState) -> bool {
        let doc = self.doc;
        let Some(verb) = CHANGE_VERBS
            .iter()
            .find(|v| doc.ends(it.pa, it.name_end, v))
        else {
            return false;
        };
        let verb_at = it.name_end - verb.chars().count();
        // A comparison before the verb (较2025年提高…, 比上年增加…) is not part of the
        // name (占比 is).
        let end = comparison_at(doc, it.pa, verb_at).unwrap_or(verb_at);
        self.await_level(st, (it.pa, end), it.quote_start);
        true
    }

    /// `其中…的` in `[a, b)` and the thing counted before (`last`): the part's name
    /// (具有…学历的专职预审员; a level word without its 的: 国家级专利示范企业).
    fn part_named(&self, a: usize, b: usize, last: Option<&str>) -> Option<String> {
        let doc = self.doc;
        let last = last?;
        let from = a + if doc.starts(a, "其中") { 2 } else { 0 };
        let words = doc.orig_str(from, b);
        let n = words.chars().count();
        if !(3..=20).contains(&n) {
            return None;
        }
        let bare = words.strip_suffix('的').unwrap_or(&words);
        if is_level_word(bare) {
            return Some(format!("{bare}{}", strip_level(last)));
        }
        Some(format!("{words}{last}"))
    }

    /// The words `[a, b)` name the level a following clause states (`，达到45%`); the
    /// statement's quote will start at `quote_start`.
    fn await_level(&self, st: &mut SentState, (a, b): (usize, usize), quote_start: usize) {
        st.pending_name = self
            .clean_name(a, b, true)
            .map(|n| (self.name_string(&n), quote_start));
        st.last_out = None;
    }

    /// 设立知识产权专项资金，每年安排资金不少于2000万元: a bare fund word (资金, 经费)
    /// refers back to the fund named earlier in the sentence, which names the target.
    fn refer_back(&self, sa: usize, pa: usize, name: String) -> String {
        let doc = self.doc;
        let Some(word) = FUND_WORDS.iter().find(|w| name.ends_with(*w)) else {
            let name = self.refer_back_entity(sa, pa, name);
            return self.refer_back_zone(sa, pa, name);
        };
        if name.chars().count() > word.chars().count() + 2 {
            // 州级财政安排知识产权专项资金: the fund is named after the verb.
            let tail = FUND_VERBS
                .iter()
                .filter_map(|v| name.rfind(v).map(|i| &name[i + v.len()..]))
                .filter(|t| t.chars().count() >= word.chars().count() + 2)
                .min_by_key(|t| t.len());
            return tail.map_or(name.clone(), String::from);
        }
        let Some(p) = (sa..pa).rev().find(|&j| doc.starts(j, word)) else {
            return name;
        };
        let e = p + word.chars().count();
        let clause = (sa..p)
            .rev()
            .find(|&j| matches!(doc.at(j), ',' | ';' | ':' | '。'))
            .map_or(sa, |j| j + 1);
        let from = self
            .verb_before(clause, p, FUND_VERBS)
            .map_or(clause, |(_, end)| end);
        self.longer_name(from, e, name)
    }

    /// The last of `verbs` in `[a, b)`: (start, end).
    fn verb_before(&self, a: usize, b: usize, verbs: &[&str]) -> Option<(usize, usize)> {
        let doc = self.doc;
        (a..b).rev().find_map(|j| {
            verbs
                .iter()
                .find(|v| doc.starts(j, v))
                .map(|v| (j, j + v.chars().count()))
        })
    }

    /// The name written in `[a, b)` when it is longer than `name` (the fuller statement of
    /// what a short name refers to), else `name`.
    fn longer_name(&self, a: usize, b: usize, name: String) -> String {
        match self.clean_name(a, b, true) {
            Some(n) if self.name_len(&n) > name.chars().count() => self.name_string(&n),
            _ => name,
        }
    }

    /// 推动国家知识产权服务业集聚发展区扩容提质，集聚区入驻机构达到150家: a zone's short
    /// name (集聚区, 园区) stands for the zone the clause before names in full.
    fn refer_back_zone(&self, sa: usize, pa: usize, name: String) -> String {
        let doc = self.doc;
        // (Cheap exit first: this runs for every name.)
        if !name.contains(['区', '區']) {
            return name;
        }
        // (Folding keeps or shortens each char: the name's length bounds it.)
        let folded = super::scan::string_in(name.len(), name.chars().map(super::scan::fold));
        let Some(k) = folded.find('区') else {
            return name;
        };
        let abbr = &folded[..k + '区'.len_utf8()];
        // (跨区域纠纷案件, 区县: 区 begins a word there, it ends no zone.)
        if folded[k + '区'.len_utf8()..].starts_with(['域', '县', '划']) {
            return name;
        }
        let n = abbr.chars().count();
        if !(2..=4).contains(&n) || abbr.chars().count() == folded.chars().count() {
            return name;
        }
        let near = pa.saturating_sub(40).max(sa);
        let Some(j) = (near..pa).rev().find(|&j| doc.at(j) == '区') else {
            return name;
        };
        // The clause's start, within the 40 chars: a name cut inside a word is no name.
        let from = match (near..j)
            .rev()
            .find(|&x| matches!(doc.at(x), ',' | ';' | ':' | '、' | '。'))
        {
            Some(x) => x + 1,
            None if near == sa => sa,
            None => return name,
        };
        // (申报创建自治区级…集聚发展区，…集聚区从业人员达到400人: a title applied for is no
        // zone's name yet; the short name stays the plan's own zone.)
        if ["申报", "争创", "申请"]
            .iter()
            .any(|w| doc.starts(lead(doc, from, j), w))
        {
            return name;
        }
        let Some(body) = self.clean_name(from, j + 1, true) else {
            return name;
        };
        let body = self.name_string(&body);
        let bf: String = body.chars().map(super::scan::fold).collect();
        if bf.chars().count() <= n || !super::merge::is_subsequence(abbr, &bf) {
            return name;
        }
        let rest: String = name.chars().skip(n).collect();
        format!("{body}{rest}")
    }

    /// 推行专利侵权纠纷行政裁决繁简分流，平均办案周期…: an average of the rulings the
    /// clause right before names (专利侵权纠纷行政裁决案件平均办案周期).
    fn ruling_before(&self, start: usize, pa: usize, avg: &str) -> Option<String> {
        let doc = self.doc;
        let from = pa.saturating_sub(40).max(start);
        let end = (from..pa).rev().find(|&j| doc.ends(from, j, "行政裁决"))?;
        let a = (from..end)
            .rev()
            .find(|&j| matches!(doc.at(j), ',' | ';' | ':'))
            .map_or(from, |j| j + 1);
        // (From the case's kind: 专利侵权纠纷; the verb before it says what is done.)
        let kind = (a..end).find(|&j| {
            ["专利", "知识产权", "侵权", "商标"]
                .iter()
                .any(|w| doc.starts(j, w))
        })?;
        Some(format!("{}案件{avg}", doc.orig_str(kind, end)))
    }

    /// 设立知识产权纠纷调解组织，调解组织达到60家 / 建设…服务网点，全市网点数量达到50个:
    /// a short name of a body repeats the fuller one of the clause before, which says what
    /// is built.
    fn refer_back_entity(&self, sa: usize, pa: usize, name: String) -> String {
        let doc = self.doc;
        // (Names keep the page's characters; the text is read folded: 網點數量.)
        // (Folding keeps or shortens each char: the name's length bounds it.)
        let folded = super::scan::string_in(name.len(), name.chars().map(super::scan::fold));
        let core = ["数量", "总数", "总量"]
            .iter()
            .find_map(|w| folded.strip_suffix(w))
            .unwrap_or(&folded);
        // (…工作站布局到位，总数达到30个: a bare 总数 counts the body named before.)
        let bare = core.is_empty();
        let n = core.chars().count();
        if !bare && (!(2..=7).contains(&n) || !ENTITY_ENDS.iter().any(|e| core.ends_with(e))) {
            return name;
        }
        // (到2028年，全市…工作站达到32个；到2030年，工作站总数达到40个: 总数 names the same
        // body, a count before it or not.)
        let explicit = core.len() < folded.len();
        // The clause before this one: no number in it. (Looked for near the name only:
        // a sentence may run on for pages.)
        let near = pa.saturating_sub(60).max(sa);
        let Some(cut) = (near..pa).rev().find(|&j| matches!(doc.at(j), ',' | ';')) else {
            return name;
        };
        let clause = (cut.saturating_sub(41).max(sa)..cut)
            .rev()
            .find(|&j| matches!(doc.at(j), ',' | ';' | ':'))
            .map_or(sa, |j| j + 1);
        if cut - clause > 40 {
            return name;
        }
        let found = if bare {
            // (Up to the clause's end: …建设高价值专利培育中心，总数…, not the 服务机构
            // before it.)
            (clause..=cut).rev().find_map(|j| {
                // (实验室（研发中心）: the bracket closes the name.)
                let end = j + usize::from(doc.at(j) == ')');
                ENTITY_ENDS
                    .iter()
                    .find(|e| doc.ends(clause, j, e))
                    .map(|e| (j - e.chars().count(), end))
            })
        } else {
            (clause..cut)
                .rev()
                .find(|&j| doc.starts(j, core))
                .map(|p| (p, p + n))
        };
        // (到2028年，…工作站达到32个；到2030年，工作站总数…: further back, past a clause
        // that only gives the year.)
        let found = found.map(|f| (f, clause)).or_else(|| {
            if !explicit || bare {
                return None;
            }
            let p = (near..clause).rev().find(|&j| doc.starts(j, core))?;
            let from = (near..p)
                .rev()
                .find(|&j| matches!(doc.at(j), ',' | ';' | ':'))
                .map_or(near, |j| j + 1);
            Some(((p, p + n), from))
        });
        let Some(((p, e), clause)) = found else {
            return name;
        };
        // (A count before the name makes that clause a target of its own; one after it,
        // 覆盖全区8个街道, does not.)
        if !explicit && (clause..p).any(|j| doc.at(j).is_ascii_digit()) {
            return name;
        }
        // Only a clause that builds it (设立…, 建设…, 发展壮大…) names it.
        const GROW_VERBS: &[&str] = &["发展", "壮大", "健全", "完善", "增设"];
        // (clean_name drops a lead verb itself; a growing verb is skipped here.)
        // (在…集聚区新增…工作站: 集聚区 is a place, 新增 the verb.)
        let from = (clause..p)
            .rev()
            .find(|&j| {
                LEAD_VERBS
                    .iter()
                    .chain(&["新增", "新建"])
                    .any(|v| doc.starts(j, v) && doc.at(j + v.chars().count()) != '区')
            })
            .or_else(|| self.verb_before(clause, p, GROW_VERBS).map(|(_, e)| e));
        let full = match from {
            Some(from) => self.longer_name(from, e, name),
            None if bare || explicit => self.longer_name(clause, e, name),
            None => name,
        };
        // (新建…基地7个，总数达到12个: the name lost its 新建, the total counts all.)
        let new = bare && self.verb_before(clause, p, &["新建", "新增"]).is_some();
        match total_of_new(&full) {
            Some(total) if bare => total,
            _ if new && !full.ends_with("总数") => format!("{full}总数"),
            _ => full,
        }
    }

    /// The label before a colon (国家级知识产权保护中心：2030年实现零突破), as a name.
    fn label_span(&self, st: &SentState) -> Option<NameSpan> {
        self.label_parts(st).map(|(n, _)| n)
    }

    /// `每万人口高价值发明专利拥有量（件）：12`: the label before a colon names a bare
    /// quantity after it (its unit parenthesis gives the unit when the number has none).
    fn label_name(&self, st: &SentState, q: &Qty) -> Option<(String, Option<String>)> {
        let (n, unit) = self.label_parts(st)?;
        // A bare number after a label (发布时间：09) is not a quantity.
        if q.unit.is_none() && unit.is_none() {
            return None;
        }
        Some((self.name_string(&n), unit))
    }

    /// The label before a colon: its name and the unit in its parenthesis.
    fn label_parts(&self, st: &SentState) -> Option<(NameSpan, Option<String>)> {
        let (a, b) = st.label?;
        let (a, b) = trim(self.doc, a, b);
        let (name, unit) = super::table::split_unit(self.doc, a, b);
        // (分年度推进：A2026年达到20家、2027年达到32家: a label that says how, not what,
        // names nothing.)
        let label = name.trim_end();
        if [
            "推进", "安排", "目标", "指标", "如下", "任务", "计划", "实施",
        ]
        .iter()
        .any(|w| label.ends_with(w))
        {
            return None;
        }
        let n = self.clean_name(a, a + name.chars().count(), true)?;
        Some((n, unit))
    }

    /// 有效发明专利达到3万件，年均增长10%: a rate with no subject belongs to the
    /// target before it.
    fn growth_to_last(&mut self, st: &SentState, q: &Qty) {
        if let Some(c) = st.last_out.and_then(|i| self.out.targets.get_mut(i)) {
            if c.growth.is_none() {
                c.growth = Some(Growth {
                    annual_rate_pct: q.num.value,
                    op: Op::Ge,
                });
                c.quote.1 = q.end;
            }
        }
    }

    /// Count first, after a verb (or an operator), or continuing such a list:
    /// 培育100家知识产权优势企业, 建成2—3个…, 、5个以上….
    /// Returns where the next item starts.
    fn count_first(&mut self, q: &Qty, it: &Around, sent: &Sent, st: &mut SentState) -> usize {
        let doc = self.doc;
        // A count has a unit: without one, nothing below is needed.
        if q.unit.is_none() {
            return q.end;
        }
        let verb_ok = it.pre_op.is_some_and(|(w, _)| w != "为")
            || self
                .words
                .count_verbs
                .ending_at(doc, it.pa, it.pe)
                .is_some()
            || (trim_flags(doc, it.pa, it.pe) && st.last_shape == Some(Shape::CountFirst))
            || self.verb_then_fields(it.pa, it.pe);
        // 各县区每年组织2次…: a requirement on each unit, not a plan total.
        let subject = doc.fstr(it.quote_start, it.pe);
        // (对D类主体每年至少开展2次现场检查: a rule for one class.)
        let for_class = subject.strip_prefix('对').is_some_and(names::per_class);
        let subject = subject.trim_start_matches(['在', '对', '由']);
        // 在各县（市）区各建设1家…: 各 right before the verb.
        let each = subject
            .rfind('各')
            .and_then(|i| subject.get(i + '各'.len_utf8()..))
            .is_some_and(|verb| COUNT_VERBS.contains(&verb));
        // (16个设区市每市至少打造1个: a 每 word after the places counted is one too.)
        let per_unit = each
            || PER_UNIT_STARTS
                .iter()
                .any(|w| subject.starts_with(w) || w.starts_with('每') && subject.contains(w))
            || for_class;
        if !verb_ok || q.unit.is_none() || per_unit {
            return q.end;
        }
        let next = it.boundary.max(q.end);
        // 选派10—15名企业知识产权骨干赴…研修: where those counted go ends their name.
        let post_end = (it.post.0 + 2..it.post.1)
            .find(|&k| ["赴", "前往"].iter().any(|w| doc.starts(k, w)))
            .unwrap_or(it.post.1);
        let Some(name) = self.clean_count_name(it.post.0, post_end) else {
            return next;
        };
        let name = self.name_string(&name);
        let op = q.qual.or(it.pre_op.map(|(_, o)| o)).unwrap_or(Op::Ge);
        let year = self.year_for(sent, q.num.start);
        let quote = (it.quote_start, post_end);
        if sent.past.get() {
            self.push_past(name.clone(), q, sent, quote, (it.cumulative, true));
        } else {
            let (op, high) = range_op(q, op);
            let unit = self.written_unit(q);
            st.last_out = self.push_target_str(
                name.clone(),
                op,
                Some(q.num.value),
                high,
                unit.as_deref(),
                it.cumulative,
                it.per_year,
                quote,
                year,
            );
            if let Some(c) = st.last_out.and_then(|i| self.out.targets.get_mut(i)) {
                c.increment = true;
            }
        }
        st.last_shape = Some(Shape::CountFirst);
        st.note_name(name);
        next
    }

    /// 组建新能源汽车、储能2个产业知识产权联盟: a count verb, then the fields the things
    /// counted cover (a short list), then the count.
    fn verb_then_fields(&self, pa: usize, pe: usize) -> bool {
        let doc = self.doc;
        let from = pe.saturating_sub(14).max(pa);
        if !list_before(doc, pa, pe) {
            return false;
        }
        // (A longer list after a verb of building: 组建青稞、马铃薯、特色果蔬、中药材4个….)
        let built = || {
            (pe.saturating_sub(24).max(pa)..from).find(|&k| {
                ["组建", "建设", "建立", "打造", "设立"]
                    .iter()
                    .any(|v| k >= 2 && doc.starts(k - 2, v))
            })
        };
        let Some(k) = (from..pe)
            .find(|&k| self.words.count_verbs.ending_at(doc, pa, k).is_some())
            .or_else(built)
        else {
            return false;
        };
        let listed = (k..pe).any(|j| doc.at(j) == '、');
        listed
            && (k..pe).all(|j| super::scan::is_cjk(doc.at(j)) || matches!(doc.at(j), '、' | '和'))
    }

    /// A clause with an operator and no subject continues the previous item: a target
    /// after a growth rate (年均增长30%以上,达到6件), or another milestone year
    /// (`A到2028年达到260家、到2030年达到350家`), which is a separate entry of the same
    /// indicator (one target each, as the gold convention has it) sharing the quote.
    fn extend_last(
        &mut self,
        st: &mut SentState,
        q: &Qty,
        op: Op,
        year: Option<i32>,
        (sent, cumulative): (&Sent, bool),
    ) -> bool {
        if sent.past.get() {
            return false;
        }
        let (Some(i), Some(year)) = (st.last_out, year) else {
            return false;
        };
        let unit = self.written_unit(q);
        let Some(c) = self.out.targets.get_mut(i) else {
            return false;
        };
        // The same year again is another entry only as a total of per-year targets
        // (每年…10家以上，五年累计50家以上).
        if c.targets.iter().any(|t| t.year == year) && cumulative == c.cumulative {
            return false;
        }
        let (op, high) = range_op(q, op);
        c.quote.1 = q.end;
        let target = Target {
            year,
            op,
            value: Some(q.num.value),
            high,
            unit: None,
        };
        if c.targets.is_empty() {
            c.unit = unit;
            c.targets.push(target);
            return true;
        }
        let mut next = c.clone();
        next.targets = vec![target];
        next.unit = unit.or(next.unit);
        next.per_year &= !cumulative;
        next.cumulative = cumulative;
        // Its year differs from the previous one's, so the text wrote it.
        next.default_year = false;
        st.last_out = Some(self.out.targets.len());
        self.out.targets.push(next);
        true
    }

    fn year_for(&self, sent: &Sent, pos: usize) -> Option<i32> {
        // Years are in text order: the last one before `pos`, by binary search.
        let k = sent.years.partition_point(|(p, _)| *p < pos);
        // (…，2026年、2027年分别达到2800件、3200件；B达到5件: a list of years dates its own
        // clause only.)
        let doc = self.doc;
        let listed = |i: usize| {
            let Some(&(p, _)) = sent.years.get(i) else {
                return false;
            };
            let e = p + 5;
            let next = matches!(doc.at(e), '、' | '和' | '及') && doc.at(e + 1).is_ascii_digit();
            let after_one = p >= 2 && doc.at(p - 1) == '、' && doc.at(p - 2) == '年';
            (next || after_one) && (p..pos).any(|j| matches!(doc.at(j), ',' | ';'))
        };
        // (2026年6月底前建成…工作站并挂牌运行，每年为企业提供…不少于300家次: what is
        // due every year after a deadline is not due by it.)
        let due_before = |i: usize| {
            let Some(&(p, _)) = sent.years.get(i) else {
                return false;
            };
            let dated = arabic_at(doc, p + 5).is_some_and(|n| doc.at(n.end) == '月');
            let clause = (p..pos)
                .rev()
                .find(|&j| matches!(doc.at(j), ',' | ';'))
                .map(|j| j + 1);
            let deadline = dated || doc.starts(p + 5, "底前") || doc.starts(p + 5, "前");
            let spanned = deadline && clause.is_some_and(|c| doc.find(c, pos, "年累计").is_some());
            (dated && clause.is_some_and(|c| doc.find(c, pos, "每年").is_some()))
                // (2026年底前实现…全覆盖；…三年累计达到600件: a sum over the plan's years
                // is not due by the deadline before it.)
                || spanned
        };
        // (…达到95%以上，其中2026年底前达到85%；每年归集…: a milestone after a target
        // dates its own clause, up to the semicolon.)
        let milestone = |i: usize| {
            let Some(&(p, _)) = sent.years.get(i) else {
                return false;
            };
            let deadline = doc.starts(p + 5, "底前") || doc.starts(p + 5, "前");
            let after_target =
                (p > sent.start && doc.at(p - 1) == ',') || doc.ends(sent.start, p, "其中");
            deadline
                && after_target
                && (p..pos).any(|j| doc.at(j) == ';')
                && (sent.start..p).any(|j| doc.at(j).is_ascii_digit())
        };
        // (A2028年达到48件；B和C分别达到12家、40家: a year written after its clause's
        // subject dates that clause only, up to the semicolon; a year that leads a clause
        // (到2028年，…) dates the clauses after it.)
        let embedded = |i: usize| {
            let Some(&(p, _)) = sent.years.get(i) else {
                return false;
            };
            let prev = doc.at(p.wrapping_sub(1));
            p > sent.start
                && super::scan::is_cjk(prev)
                && !"到至于在自从截、和及与或今即前后".contains(prev)
                && (p..pos).any(|j| doc.at(j) == ';')
        };
        // (对照省里提出的“到2027年全省…达到50%”的要求，…提高到42%: a year in a quotation
        // dates the quoted words only. Looked for within 40 chars back and 60 on.)
        let quoted = |i: usize| {
            let Some(&(p, _)) = sent.years.get(i) else {
                return false;
            };
            let open = (p.saturating_sub(40).max(sent.start)..p)
                .rev()
                .find(|&j| matches!(doc.at(j), '“' | '”'));
            open.is_some_and(|o| doc.at(o) == '“') && (p..pos.min(p + 60)).any(|j| doc.at(j) == '”')
        };
        // (The 16 latest years at most: a sentence may list years without end.)
        (0..k)
            .rev()
            .take(16)
            .find(|&i| !listed(i) && !due_before(i) && !milestone(i) && !embedded(i) && !quoted(i))
            .and_then(|i| sent.years.get(i))
            .map(|(_, y)| *y)
            .or(sent.ctx_year)
            .or(self.period.map(|(_, e)| e))
    }

    #[allow(clippy::too_many_arguments)]
    fn push_target(
        &mut self,
        name: NameSpan,
        op: Op,
        value: Option<f64>,
        high: Option<f64>,
        unit: Option<&str>,
        cumulative: bool,
        per_year: bool,
        quote: (usize, usize),
        year: Option<i32>,
    ) -> Option<usize> {
        let name = self.name_string(&name);
        self.push_target_str(
            name, op, value, high, unit, cumulative, per_year, quote, year,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn push_target_str(
        &mut self,
        name: String,
        op: Op,
        value: Option<f64>,
        high: Option<f64>,
        unit: Option<&str>,
        cumulative: bool,
        per_year: bool,
        quote: (usize, usize),
        year: Option<i32>,
    ) -> Option<usize> {
        // 全国涉及专利的技术合同成交额达到8000亿元 in a local plan: the nation's target,
        // quoted.
        // (全国版权示范单位 is a title a local body earns: counted.)
        if self.rank > 0
            && name.starts_with("全国")
            && MEASURE_ENDS.iter().any(|e| name.ends_with(e))
        {
            return None;
        }
        let Some(year) = year else {
            self.out.diagnostics.push(
                Diagnostic::warning(
                    format!("text@{}", quote.0),
                    format!("目标“{name}”没有年份，也无法确定规划期"),
                )
                .with_span(quote.0, quote.1),
            );
            return None;
        };
        // The plan's end year, with no year written in the sentence or its section: a
        // default.
        let doc = self.doc;
        // (Back to the sentence start, within reason: no quadratic path on text without
        // sentence ends.)
        let floor = quote.0.saturating_sub(400);
        let sa = (floor..quote.0)
            .rev()
            .find(|&j| matches!(doc.at(j), '。' | '\n'))
            .map_or(floor, |j| j + 1);
        let default_year = self.period.is_some_and(|(_, e)| e == year)
            && self.ctx_year().is_none()
            && self.carry_goal.is_none()
            && !(sa..quote.1).any(|j| year_at(doc, j).is_some());
        let name = kinds_collapsed(&name).unwrap_or(name);
        self.out.targets.push(Cand {
            kind: SourceKind::Prose,
            name,
            unit: unit.map(String::from),
            baseline: None,
            targets: vec![Target {
                year,
                op,
                value,
                high,
                unit: None,
            }],
            growth: None,
            cumulative,
            // (A row due 每年 in its 完成时限 cell sets a yearly target.)
            per_year: per_year || (self.row_every && !cumulative),
            attribute: bracket_attribute(doc, quote.1),
            quote,
            increment: false,
            rise: None,
            default_year,
            // A task-list row dated by its deadline cell.
            due: self.line_due == Some(year),
        });
        let i = self.out.targets.len() - 1;
        if let Some(b) = self.aside_baseline(quote.1, year, unit) {
            if let Some(c) = self.out.targets.get_mut(i) {
                c.baseline = Some(b);
            }
        }
        Some(i)
    }

    /// 总数达到7个（2025年底为5个）, 不少于80件（2025年查办72件，罚没款…）: the value of an
    /// earlier year in brackets right after a target, in the target's unit: its baseline.
    fn aside_baseline(&self, at: usize, target_year: i32, unit: Option<&str>) -> Option<Measure> {
        let doc = self.doc;
        if doc.at(at) != '(' {
            return None;
        }
        let close = (at + 1..at + 40).find(|&k| matches!(doc.at(k), ')' | '。' | '\n'))?;
        if doc.at(close) != ')' {
            return None;
        }
        let (year, _) = year_at(doc, at + 1).filter(|&(y, _)| y < target_year)?;
        // (（2025年全国平均为82.4分）: someone else's figure, for comparison.)
        if ["全国", "全省", "国家", "省平均"]
            .iter()
            .any(|w| doc.find(at, close, w).is_some())
        {
            return None;
        }
        // The first figure in the target's unit, before any other clause's (，罚没款…).
        let mut k = at + 6;
        while k < close && !matches!(doc.at(k), ',' | ';') {
            if let Some(q) = arabic_at(doc, k).and_then(|_| qty_at(doc, k, false)) {
                if q.unit.is_some() && q.unit == unit {
                    return Some(Measure {
                        year,
                        value: q.num.value,
                        unit: None,
                    });
                }
                k = q.end.max(k + 1);
            } else {
                k += 1;
            }
        }
        None
    }

    fn push_growth(
        &mut self,
        name: String,
        rate: f64,
        op: Op,
        quote: (usize, usize),
        cumulative: bool,
        per_year: bool,
    ) -> usize {
        self.out.targets.push(Cand {
            kind: SourceKind::Prose,
            name,
            unit: Some("%".into()),
            baseline: None,
            targets: Vec::new(),
            growth: Some(Growth {
                annual_rate_pct: rate,
                op: if matches!(op, Op::Range) { Op::Ge } else { op },
            }),
            cumulative,
            per_year,
            attribute: None,
            quote,
            increment: false,
            rise: None,
            default_year: false,
            due: false,
        });
        self.out.targets.len() - 1
    }

    /// The unit of `q` as written in the text.
    fn written_unit(&self, q: &Qty) -> Option<String> {
        let ratio = q.unit_span.and_then(|(a, _)| ratio_words(self.doc, a));
        if let Some(unit) = ratio.filter(|u| q.unit == Some(*u)) {
            return Some(unit.into());
        }
        // 5万余件: the unit is 万件.
        q.unit_span
            .map(|(a, b)| self.doc.orig_str(a, b).replace(['余', '多'], ""))
    }

    /// A previous-period value: baseline material only. `flags` = (累计, increment).
    fn push_past(
        &mut self,
        name: String,
        q: &Qty,
        sent: &Sent,
        quote: (usize, usize),
        (cumulative, increment): (bool, bool),
    ) {
        // The year of the clause: the last one stated before the value, after the one
        // leading the sentence.
        let k = sent.past_years.partition_point(|(p, _)| *p < q.num.start);
        let mut own = k.checked_sub(1).and_then(|k| sent.past_years.get(k));
        // An event's year dates a value in its own clause.
        let doc = self.doc;
        let k = sent.event_years.partition_point(|(p, _)| *p < q.num.start);
        if let Some(e) = k.checked_sub(1).and_then(|k| sent.event_years.get(k)) {
            let later = own.is_none_or(|o| o.0 < e.0);
            let one_clause = (e.0..q.num.start).all(|j| !matches!(doc.at(j), ',' | ';'));
            if later && one_clause {
                own = Some(e);
            }
        }
        // 分区域看，西峰区…1.9亿元；庆城县…分别为58次: values of the parts, not the whole.
        if about_parts(doc, sent.start) {
            return;
        }
        // 银川市…要求灵武市…品牌价值达到15亿元: what another body requires, not a result.
        // (Looked for in the 80 chars before it: a sentence may run on for pages.)
        if ["达到", "不少于", "不低于", "突破", "超过"]
            .iter()
            .any(|w| doc.ends(sent.start, q.num.start, w))
            && doc
                .find(
                    q.num.start.saturating_sub(80).max(sent.start),
                    q.num.start,
                    "要求",
                )
                .is_some()
        {
            return;
        }
        let Some(year) = respective_year(doc, &sent.past_years, q.num.start)
            .or(own.map(|(_, y)| *y))
            .or(sent.base_year)
        else {
            return;
        };
        // 《纲要》明确到2025年…达到12件: after a year the text goes to (到2025年), later
        // than any year it reports from, a value is a target quoted, not a past value.
        let future = sent
            .years
            .iter()
            .rev()
            .find(|(p, _)| *p < q.num.start)
            .filter(|(p, _)| *p > 0 && matches!(doc.at(p - 1), '到' | '至'));
        if future.is_some_and(|(f, _)| own.is_none_or(|(p, _)| p < f)) {
            return;
        }
        // 累计培育示范企业172家, 累计建成…: the total of what was built or recognised is
        // the stock now, a level (累计实现融资…亿元 stays a total).
        let stock = doc_stock_total(self.doc, quote.0, q.num.start);
        // “十四五”以来实施…12项: what was done since a year is a total, no level (a stock
        // or a rate reached since then still is one, and so is an average: 试点以来…平均
        // 理赔周期35个工作日).
        // “十三五”期间，…累计投入…，举办各类培训班21期: a sentence on a past period
        // reports what was done over it.
        let since = (self.doc.find(quote.0, q.num.start, "以来").is_some()
            || over_past_period(doc, sent, q.num.start))
            && !["拥有量", "率", "比重", "占比", "指数", "满意度", "周期"]
                .iter()
                .any(|w| name.ends_with(w))
            && !name.starts_with("平均");
        // 连续举办论坛5届: the events held so far, a total too. (The quote may start
        // after the verb.)
        let from = quote.0.saturating_sub(6).max(sent.start);
        let running = ["连续举办", "连续开展", "连续召开"]
            .iter()
            .any(|w| self.doc.find(from, q.num.start, w).is_some());
        let cumulative = (cumulative || since || running) && !stock;
        // 示范企业28家、优势企业176家，合计204家: the sum is the value of both together.
        let name = match name.as_str() {
            "合计" | "共计" | "总计" | "两者合计" => {
                self.summed_name(sent.start, q).unwrap_or(name)
            }
            _ => name,
        };
        let unit = self.written_unit(q);
        self.out.past.push(Cand {
            kind: SourceKind::Prose,
            name,
            unit,
            baseline: Some(Measure {
                year,
                value: q.num.value,
                unit: None,
            }),
            targets: Vec::new(),
            growth: None,
            cumulative,
            per_year: false,
            attribute: None,
            quote,
            increment,
            rise: None,
            default_year: false,
            due: false,
        });
    }
}

impl Scanner<'_> {
    /// The names of the values a sum adds up (the past values of the sentence from
    /// `start`, in the sum's unit): 国家知识产权示范企业 + 优势企业 →
    /// 国家知识产权示范企业和优势企业.
    fn summed_name(&self, start: usize, q: &Qty) -> Option<String> {
        let unit = self.written_unit(q);
        let parts: Vec<&str> = self
            .out
            .past
            .iter()
            .rev()
            .take_while(|p| p.quote.0 >= start && p.unit == unit)
            .map(|p| p.name.as_str())
            .collect();
        let (last, rest) = parts.split_first()?;
        if rest.is_empty() || rest.len() > 3 {
            return None;
        }
        let firsts: Vec<&str> = rest.iter().rev().copied().collect();
        Some(format!("{}和{last}", firsts.join("、")))
    }
}

/// 专员, 专员人数: a short name of the members of a team (the name without 人数).
fn team_member(name: &str) -> Option<&str> {
    let m = name.strip_suffix("人数").unwrap_or(name);
    (1..=3).contains(&m.chars().count()).then_some(m)
}

/// 达到《规划》确定的82分: the words naming where the value comes from, between the
/// operator and the number, are left out (the operator ends where they start).
fn strip_cited_value(doc: &Doc, pa: usize, pe: usize) -> usize {
    let Some(w) = ["确定的", "提出的", "明确的", "设定的"]
        .iter()
        .find(|w| doc.ends(pa, pe, w))
    else {
        return pe;
    };
    let close = pe - w.chars().count();
    if close <= pa || doc.at(close - 1) != '》' {
        return pe;
    }
    (pa.max(close.saturating_sub(40))..close)
        .rev()
        .find(|&j| doc.at(j) == '《')
        .unwrap_or(pe)
}

/// Whether the sentence names a five-year period with 期间 (“十三五”期间) before `b`:
/// what it reports over the period (举办…培训班21期, 发布团体标准126项) is a total.
fn over_past_period(doc: &Doc, sent: &Sent, b: usize) -> bool {
    // (Within the 160 chars before the value only: a sentence may run on for pages.)
    let from = b.saturating_sub(160).max(sent.start);
    let Some(p) = doc.find(from, b, "期间") else {
        return false;
    };
    let clause = (p..b).rev().find(|&j| doc.at(j) == ',').unwrap_or(p);
    let has = |from: usize, words: &[&str]| words.iter().any(|w| doc.find(from, b, w).is_some());
    // (Years by position: the first one after 期间.)
    let k = sent.years.partition_point(|(pos, _)| *pos < p);
    // (Up to a year or clause of its own: “十三五”期间累计…；2020年专利转让许可2360次.
    // A stock reached, 有效发明专利达到5000件，驰名商标15件, is its level at the end; a
    // year's flow, 全年新增…80家, is that year's.)
    p > sent.start + 1
        && matches!(doc.at(p - 1), '五' | '”' | '"')
        && doc.find(p.saturating_sub(4), p, "五").is_some()
        && sent.years.get(k).is_none_or(|(pos, _)| *pos >= b)
        && (p..b).all(|j| doc.at(j) != ';')
        && !has(p, &["达到", "拥有", "有效"])
        && !has(clause, &["全年", "当年", "年均"])
}

/// Whether the sentence at `s` opens by splitting the whole into parts (分区域看，
/// 分县区来看，): what follows is the parts' values.
fn about_parts(doc: &Doc, s: usize) -> bool {
    doc.at(s) == '分'
        && (s + 2..s + 7)
            .find(|&j| doc.at(j) == ',')
            .is_some_and(|j| doc.ends(s + 2, j, "看"))
}

/// Whether `[a, b)` has 累计 right before a verb of building or recognising (累计培育,
/// 累计建成, 累计认定): a count of what exists.
fn doc_stock_total(doc: &Doc, a: usize, b: usize) -> bool {
    const STOCK_VERBS: &[&str] = &[
        "培育", "建成", "建设", "认定", "获批", "创建", "布局", "设立",
    ];
    doc.find(a, b, "累计")
        .is_some_and(|k| STOCK_VERBS.iter().any(|v| doc.starts(k + 2, v)))
}

/// 2025年达到3.5件（预期性）: a 属性 in brackets right after a target.
fn bracket_attribute(doc: &Doc, at: usize) -> Option<crate::model::Attribute> {
    // (Past blanks: a bold mark `**` before the bracket reads as two.)
    let at = (at..at + 3).find(|&j| doc.at(j) != ' ').unwrap_or(at);
    if doc.at(at) != '(' {
        // 达到1.2万件，年均增长20%以上（预期性）；: the item's attribute, at its end.
        let end = (at..at + 40).find(|&j| matches!(doc.at(j), ';' | '。' | '\n' | '\0'))?;
        let close = end.checked_sub(1).filter(|&c| doc.at(c) == ')')?;
        let open = (close.saturating_sub(5)..close)
            .rev()
            .find(|&j| doc.at(j) == '(')?;
        return crate::model::Attribute::from_name(&doc.fstr(open + 1, close));
    }
    let close = (at + 1..at + 10).find(|&j| doc.at(j) == ')')?;
    crate::model::Attribute::from_name(&doc.fstr(at + 1, close))
}

/// Whether a 、 is among the 14 chars before `pe` (after `pa`): the cheap first test of
/// [`Scanner::verb_then_fields`], which runs for Chinese numerals all over a text.
fn list_before(doc: &Doc, pa: usize, pe: usize) -> bool {
    (pe.saturating_sub(14).max(pa)..pe).any(|j| doc.at(j) == '、')
}

/// Where a comparison starts in `[a, b)`: 较2025年…, 比上年…, 较“十三五”末… (占比 is
/// none).
fn comparison_at(doc: &Doc, a: usize, b: usize) -> Option<usize> {
    (a..b).find(|&j| {
        matches!(doc.at(j), '较' | '比')
            && doc.at(j.saturating_sub(1)) != '占'
            && (doc.at(j + 1).is_ascii_digit()
                || ["上年", "去年", "基期", "“十", "十"]
                    .iter()
                    .any(|w| doc.starts(j + 1, w)))
    })
}

/// Whether the year at `j` leads the sentence starting at `lead` as its target year and
/// its own clause (到2025年，/ 力争到2025年底，/ 2025年，).
fn goal_lead(doc: &Doc, lead: usize, j: usize) -> bool {
    let prefix = ["", "到", "至", "力争到", "争取到", "在"]
        .iter()
        .any(|w| doc.ends(lead, j, w) && lead + w.chars().count() == j);
    let mut e = j + 5;
    if matches!(doc.at(e), '底' | '末') {
        e += 1;
    }
    prefix && doc.at(e) == ','
}

/// 2023年、2024年、2025年…分别为39.2亿元、43.5亿元、48.6亿元: the year of the value at
/// `pos`, the n-th of a list after 分别, when the years before it are listed likewise.
fn respective_year(doc: &Doc, years: &[(usize, i32)], pos: usize) -> Option<i32> {
    // The listed years: the last run of years joined by 、 before `pos`.
    let k = years.partition_point(|(p, _)| *p < pos);
    let mut first = k.checked_sub(1)?;
    while first > 0 {
        let (p, _) = years[first - 1];
        if p + 6 == years[first].0 && doc.at(p + 5) == '、' {
            first -= 1;
        } else {
            break;
        }
    }
    let list = years.get(first..k)?;
    if list.len() < 2 {
        return None;
    }
    let last = list.last()?.0;
    let at = (last..pos).find(|&j| doc.starts(j, "分别"))?;
    let mut n = 0;
    for j in at..pos {
        match doc.at(j) {
            '、' => n += 1,
            ',' | ';' => return None,
            _ => {}
        }
    }
    list.get(n).map(|&(_, y)| y)
}

/// Whether the month ending before `m` (of the year at `j`) is a deadline: 6月底前,
/// 9月前, 6月以前, or 6月底 after 到/至.
fn month_deadline(doc: &Doc, j: usize, m: usize) -> bool {
    ["底前", "前", "以前"].iter().any(|w| doc.starts(m, w))
        || (doc.at(m) == '底' && j > 0 && matches!(doc.at(j - 1), '到' | '至'))
}

/// Whether `[lead, j)` is empty or a 截至/截止/至 before the year at `j`.
fn opens_on_year(doc: &Doc, lead: usize, j: usize) -> bool {
    j == lead
        || ["截至", "截止", "至"]
            .iter()
            .any(|w| doc.ends(lead, j, w) && lead + w.chars().count() == j)
}

/// Drops a "year of" phrase between an operator and its number (增加到2025年的2万件).
fn strip_year_of(doc: &Doc, pa: usize, pe: usize) -> usize {
    if pe <= pa + 5 || doc.at(pe - 1) != '的' {
        return pe;
    }
    let mut e = pe - 1;
    for s in ["年底", "年末", "年"] {
        if doc.ends(pa, e, s) {
            e -= s.chars().count();
            break;
        }
    }
    if e >= pa + 4 && e < pe - 1 && (e - 4..e).all(|k| doc.at(k).is_ascii_digit()) {
        e - 4
    } else {
        pe
    }
}

/// Turns a range quantity into (`range`, high).
fn range_op(q: &Qty, op: Op) -> (Op, Option<f64>) {
    match q.high {
        Some(h) => (Op::Range, Some(h)),
        None => (op, None),
    }
}

/// First char of a quote: skips leading blanks and punctuation.
fn lead(doc: &Doc, a: usize, b: usize) -> usize {
    let mut a = a;
    while a < b && is_lead_punct(doc.at(a)) {
        a += 1;
    }
    a
}

/// Skips list separators (、 和 及 以及) at an item start.
fn skip_list_sep(doc: &Doc, a: usize, b: usize) -> usize {
    let mut a = a;
    while a < b && (is_lead_punct(doc.at(a)) || matches!(doc.at(a), '和' | '及')) {
        a += 1;
    }
    if a + 2 < b && doc.starts(a, "以及") {
        a += 2;
    }
    a
}

/// Whether the line starting at `ta` is an events calendar's, opening with a month label
/// (`4月：`, `10月份：`) or a quarter's (`第一季度：`), or an event's item, whose title
/// gives its day in brackets (`1.启动仪式（4月20日上午9:00，市民广场）。…参加人员约300人`).
pub(super) fn schedule_line(doc: &Doc, ta: usize, tb: usize) -> bool {
    let a = (ta..tb).find(|&j| !is_space(doc.at(j))).unwrap_or(tb);
    // (【要点】第一季度：…: a tag before the label.)
    let a = match doc.at(a) {
        '【' => (a + 1..a + 8)
            .find(|&j| doc.at(j) == '】')
            .map_or(a, |j| j + 1),
        _ => a,
    };
    let m = a + month_at(doc, a);
    if m > a {
        let colon = m + usize::from(doc.at(m) == '份');
        return doc.at(colon) == ':';
    }
    // 第一季度：举办…不少于3场: a quarter's milestone of a year's plan.
    let q = a + usize::from(doc.at(a) == '第');
    if matches!(doc.at(q), '一' | '二' | '三' | '四' | '1'..='4') && doc.starts(q + 1, "季度:")
    {
        return true;
    }
    // 1.启动仪式（4月20日…）: a numbered item, a short title, the day.
    let digits = (a..a + 2)
        .take_while(|&j| doc.at(j).is_ascii_digit())
        .count();
    if digits == 0 || !matches!(doc.at(a + digits), '.' | '、') {
        return false;
    }
    let title = a + digits + 1;
    let Some(open) = (title..(title + 24).min(tb)).find(|&j| matches!(doc.at(j), '(' | '。'))
    else {
        return false;
    };
    let m = open + 1 + month_at(doc, open + 1);
    doc.at(open) == '(' && m > open + 1 && {
        let d = (m..m + 2)
            .take_while(|&j| doc.at(j).is_ascii_digit())
            .count();
        d > 0 && doc.at(m + d) == '日'
    }
}

/// The length of a month written at `a` (`4月`, `10月`), or 0.
fn month_at(doc: &Doc, a: usize) -> usize {
    let digits = (a..a + 2)
        .take_while(|&j| doc.at(j).is_ascii_digit())
        .count();
    if digits > 0 && doc.at(a + digits) == '月' {
        digits + 1
    } else {
        0
    }
}

/// Whether the list whose separator `、` is at `sep` began with a requirement on each
/// unit (每场…不少于30件、…): the clause before it, back to a `，`, `；`, `。` or line
/// start, opens with a per-unit word.
fn per_unit_list(doc: &Doc, sep: usize) -> bool {
    let Some(start) = (sep.saturating_sub(40)..sep)
        .rev()
        .find(|&j| matches!(doc.at(j), ',' | ';' | '。' | ':' | '\n'))
        .map(|j| j + 1)
    else {
        return false;
    };
    let w = skip_list_sep(doc, start, sep);
    let w = (w..sep).find(|&j| !is_space(doc.at(j))).unwrap_or(sep);
    PER_UNIT_STARTS.iter().any(|u| doc.starts(w, u))
}

/// Whether `[a, b)` holds nothing but flags and blanks (每年, 累计, 另).
fn trim_flags(doc: &Doc, a: usize, b: usize) -> bool {
    let s: String = doc
        .fstr(a, b)
        .chars()
        .filter(|c| !is_lead_punct(*c))
        .collect();
    let s = s
        .replace("每年", "")
        .replace("累计", "")
        .replace("以及", "");
    s.chars()
        .all(|c| matches!(c, '和' | '及' | '另' | '再' | '并'))
}

/// Whether the number at `s` is inside someone's goal or a slogan in quotation marks: 县委、县政府
/// “到2028年全县甘蔗种植面积稳定在55万亩”的产业发展目标.
fn quoted_goal(doc: &Doc, s: usize) -> bool {
    let from = s.saturating_sub(60);
    let Some(open) = (from..s)
        .rev()
        .find(|&j| matches!(doc.at(j), '“' | '”' | '。'))
    else {
        return false;
    };
    if doc.at(open) != '“' {
        return false;
    }
    let Some(close) = (s..s + 60).find(|&j| matches!(doc.at(j), '“' | '”' | '。' | '\0'))
    else {
        return false;
    };
    // (按照“成熟一个、建设一个”的原则: a slogan's numbers.)
    let after = close + 1 + usize::from(doc.at(close + 1) == '的');
    let slogan = ["原则", "思路", "方针", "模式", "工作法"]
        .iter()
        .any(|w| doc.starts(after, w));
    doc.at(close) == '”'
        && (doc.starts(close + 1, "目标")
            || slogan
            || (doc.at(close + 1) == '的' && doc.find(close + 2, close + 12, "目标").is_some()))
}

/// Whether `q` is the threshold of an award: 对年营业收入首次突破5000万元的…机构，给予…
/// 奖励 (whoever reaches it is rewarded; no one is set to reach it).
fn award_threshold(doc: &Doc, ca: usize, q: &Qty) -> bool {
    let a = trim(doc, ca, q.num.start).0;
    if doc.at(a) != '对' || q.num.start - a > 24 {
        return false;
    }
    // The clause runs on to 的 (the ones who…), and the sentence to what they are given.
    let Some(clause_end) =
        (q.end..q.end + 40).find(|&j| matches!(doc.at(j), ',' | '。' | ';' | '\0'))
    else {
        return false;
    };
    let sentence_end = (clause_end..clause_end + 60)
        .find(|&j| matches!(doc.at(j), '。' | '\0'))
        .unwrap_or(clause_end + 60);
    doc.find(q.end, clause_end, "的").is_some()
        // (…超过100万元或涉及境外主体的重大案件，相关企业应在…报告: a duty they bring;
        // 对涉案货值5万元以上…的案件，及时移送公安机关: where they are sent.)
        && ["给予", "奖励", "补助", "资助", "应在", "应当", "须", "移送"]
            .iter()
            .any(|w| doc.find(clause_end, sentence_end, w).is_some())
}

/// Whether a sentence at `a` opens on an agreement with partners (按照合作备忘录，…): what
/// follows is what the parties agreed, their figures and joint totals, not this plan's.
fn per_agreement(doc: &Doc, a: usize) -> bool {
    ["按照", "根据", "依据"].iter().any(|w| doc.starts(a, w))
        && (a + 2..a + 16)
            .take_while(|&j| !matches!(doc.at(j), '。' | ';' | '《'))
            .find(|&j| doc.at(j) == ',')
            .is_some_and(|c| ["备忘录", "协议"].iter().any(|w| doc.ends(a, c, w)))
}
