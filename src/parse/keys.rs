//! Canonical indicator keys and categories (SPEC §4): one key for the many ways plans name
//! the same indicator (万人拥有有效发明专利量, 每万人口发明专利拥有量 … →
//! `invention_patents_per_10k`).
//!
//! Matching is by ordered rules over a normalised name: the first rule whose words all
//! occur wins, so the more specific rules (高价值, PCT, 马德里 …) come before the generic
//! ones. An increment (新增) never maps to a stock key: a rule for a stock either names
//! its own increment key or gives none.

use crate::model::Category;
use crate::parse::hant;

/// One matching rule: `all` words present, at least one of `any` (if any), none of `not`.
struct Rule {
    key: &'static str,
    category: Category,
    all: &'static [&'static str],
    any: &'static [&'static str],
    not: &'static [&'static str],
    /// Key for a 新增 (increment) name; `None` → an increment gets no key.
    increment: Option<&'static str>,
    /// Whether the indicator is a stock (total) that 新增 would change the meaning of.
    stock: bool,
}

use Category::{Creation as Cr, Management as Mg, Other as Ot, Protection as Pr};
use Category::{Service as Sv, Utilization as Ut};

/// Builds a rule; `stock` rules refuse 新增 names unless `increment` is given.
const fn r(
    key: &'static str,
    category: Category,
    all: &'static [&'static str],
    any: &'static [&'static str],
    not: &'static [&'static str],
    stock: bool,
    increment: Option<&'static str>,
) -> Rule {
    Rule {
        key,
        category,
        all,
        any,
        not,
        increment,
        stock,
    }
}

const PER_10K: &[&str] = &["万人"];
const NONE: &[&str] = &[];

/// The rules, most specific first.
#[rustfmt::skip]
const RULES: &[Rule] = &[
    // Patents: creation.
    r("high_value_invention_patents_per_10k", Cr, &["高价值", "专利"], PER_10K, NONE, true, None),
    r("high_value_invention_patents", Cr, &["高价值", "发明专利"], &["拥有", "有效", "总量", "数量"], &["申请", "授权"], true, None),
    r("high_value_patent_centers", Cr, &["高价值专利", "中心"], NONE, NONE, false, None),
    r("high_value_patent_projects", Cr, &["高价值专利"], &["项目", "试点"], NONE, false, None),
    r("invention_patents_per_10k", Cr, &["发明专利"], PER_10K, &["申请", "授权"], true, None),
    r("pct_applications", Cr, NONE, &["PCT", "专利合作条约"], NONE, false, None),
    r("overseas_patent_grants", Cr, &["专利", "授权"], &["海外", "国外", "境外"], NONE, false, None),
    r("overseas_patent_applications", Cr, &["专利", "申请"], &["海外", "国外", "境外"], NONE, false, None),
    r("invention_patent_grants", Cr, &["发明专利", "授权"], NONE, NONE, false, None),
    r("invention_patent_applications", Cr, &["发明专利", "申请"], NONE, NONE, false, None),
    r("valid_invention_patents", Cr, &["发明专利"], &["拥有", "有效", "总量"], NONE, true, None),
    r("patent_grants", Cr, &["专利", "授权"], NONE, &["许可", "转让"], false, None),
    r("patent_applications", Cr, &["专利", "申请"], NONE, &["许可", "转让", "代理"], false, None),
    // Trademarks and geographical indications: creation.
    r("madrid_trademarks", Cr, &["马德里"], NONE, NONE, false, None),
    r("well_known_trademarks", Cr, &["驰名商标"], NONE, NONE, false, None),
    r("gi_output_value", Ut, &["地理标志"], &["产值", "销售额"], NONE, false, None),
    r("gi_trademarks", Cr, &["地理标志", "商标"], NONE, NONE, true, None),
    r("agri_gi_products", Cr, &["农产品地理标志"], NONE, NONE, true, None),
    r("gi_products", Cr, &["地理标志"], NONE, &["运用", "促进"], true, None),
    r("trademarks_per_10k_entities", Cr, &["商标", "市场主体"], NONE, NONE, true, None),
    r("trademark_applications", Cr, &["商标", "申请"], NONE, NONE, false, None),
    r("valid_trademarks", Cr, &["商标"], &["有效", "总量", "拥有量"], &["国际"], true, None),
    r("trademark_registrations", Cr, &["商标", "注册"], NONE, &["国际"], false, None),
    r("plant_variety_rights", Cr, &["植物新品种"], NONE, NONE, false, None),
    r("ic_layout_designs", Cr, &["集成电路布图"], NONE, NONE, false, None),
    // Copyright.
    r("copyright_industry_share", Ut, &["版权产业"], NONE, NONE, false, None),
    r("copyright_demo_parks", Mg, &["版权示范"], &["园区", "基地"], NONE, true, None),
    r("copyright_demo_units", Mg, &["版权示范"], NONE, NONE, true, None),
    r("copyright_registrations", Cr, &["登记"], &["版权", "著作权", "作品"], NONE, false, None),
    // Utilization.
    r("ip_pledge_financing", Ut, &["质押"], NONE, NONE, false, None),
    r("ip_investment_financing", Ut, &["投融资"], NONE, NONE, false, None),
    r("ip_royalties_trade", Ut, &["使用费"], NONE, NONE, false, None),
    r("patent_license_transfer", Ut, NONE, &["许可", "转让", "转移"], &["代理", "技术转移", "机构"], false, None),
    r("patent_navigation_projects", Ut, &["导航"], NONE, NONE, false, None),
    r("patent_intensive_output_share", Ut, &["专利密集型"], &["比重", "占", "增加值"], NONE, false, None),
    r("patent_commercialization", Ut, &["专利"], &["转化", "产业化", "实施率"], NONE, false, None),
    // Protection.
    r("case_closure_rate", Pr, &["结案率"], NONE, NONE, false, None),
    r("ip_case_growth", Pr, &["案件"], &["增幅", "增长"], NONE, false, None),
    r("protection_satisfaction", Pr, &["满意度"], NONE, NONE, false, None),
    r("civil_case_acceptance_rate", Pr, &["服判息诉率"], NONE, NONE, false, None),
    r("ip_protection_centers", Pr, NONE, &["保护中心", "快速维权中心"], NONE, true, None),
    r("ip_rights_protection_stations", Pr, &["维权"], &["站点", "工作站", "援助中心", "分中心"], NONE, true, None),
    r("ip_enforcement_campaigns", Pr, NONE, &["专项行动", "专项执法"], NONE, false, None),
    // Service.
    r("patent_attorneys", Sv, &["代理"], &["代理师", "代理人"], NONE, true, None),
    r("patent_agencies", Sv, &["代理"], &["机构"], NONE, true, None),
    r("ip_operation_agencies", Sv, &["运营"], &["机构", "中心", "平台"], NONE, true, None),
    r("ip_service_agencies", Sv, &["服务机构"], NONE, NONE, true, None),
    r("ip_talent", Sv, &["人才"], NONE, NONE, true, None),
    // Management.
    r("ip_standard_enterprises", Mg, &["贯标"], NONE, NONE, true, Some("new_ip_standard_enterprises")),
    r("ip_demonstration_cities", Mg, NONE, &["示范城市", "强市"], NONE, true, None),
    r("ip_demonstration_counties", Mg, NONE, &["示范县", "强县"], NONE, true, None),
    r("ip_demonstration_enterprises", Mg, NONE, &["示范企业", "优势企业", "强企"], NONE, true, None),
    r("ip_fiscal_input", Ot, &["财政"], NONE, NONE, false, None),
];

/// Category vocabulary for names no rule knows, checked in this order.
const VOCAB: &[(Category, &[&str])] = &[
    (Cr, &["地理标志"]),
    (
        Mg,
        &["贯标", "示范", "优势企业", "强企", "强县", "强市", "管理"],
    ),
    (
        Sv,
        &["服务机构", "代理", "人才", "平台", "培训", "服务", "研讨"],
    ),
    (
        Pr,
        &[
            "维权", "执法", "案件", "结案", "保护", "侵权", "纠纷", "调解", "仲裁", "展会", "办案",
        ],
    ),
    (
        Ut,
        &[
            "质押",
            "融资",
            "许可",
            "转让",
            "运营",
            "转化",
            "导航",
            "密集型",
            "交易",
            "产业化",
        ],
    ),
    (
        Cr,
        &[
            "申请",
            "授权",
            "拥有量",
            "注册",
            "商标",
            "专利",
            "版权",
            "作品",
            "登记",
            "品牌",
        ],
    ),
];

/// Words that mark an increment rather than a total (新增).
const INCREMENT: &[&str] = &["新增", "新培育", "新认定", "新建"];

/// The canonical key and category of an indicator name (SPEC §4).
pub fn classify(name: &str) -> (Option<&'static str>, Category) {
    let n = normalize(name);
    // (The name is tested against every rule's words.)
    let n = crate::parse::scan::Hay::new(&n);
    let increment = INCREMENT.iter().any(|w| n.has(w));
    for rule in RULES {
        if matches(rule, &n) {
            let key = if increment && rule.stock {
                rule.increment
            } else {
                Some(rule.key)
            };
            return (key, rule.category);
        }
    }
    (None, category_of(&n))
}

/// The category of a (normalised) name from general vocabulary.
fn category_of(n: &crate::parse::scan::Hay) -> Category {
    VOCAB
        .iter()
        .find(|(_, words)| words.iter().any(|w| n.has(w)))
        .map_or(Category::Other, |(c, _)| *c)
}

fn matches(rule: &Rule, n: &crate::parse::scan::Hay) -> bool {
    rule.all.iter().all(|w| n.has(w))
        && (rule.any.is_empty() || rule.any.iter().any(|w| n.has(w)))
        && !rule.not.iter().any(|w| n.has(w))
}

/// Folds traditional characters and full-width ASCII, uppercases Latin letters, drops
/// parenthesised parts (units such as (件), glosses such as (专利合作条约)), punctuation
/// and spaces, and a leading region word (全市/全区/全省/全县).
pub fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in name.chars() {
        let c = ascii_of(hant::to_simplified(c));
        match c {
            '(' | '[' | '〔' | '【' => depth += 1,
            ')' | ']' | '〕' | '】' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ if c.is_alphanumeric() => out.push(c.to_ascii_uppercase()),
            _ => {}
        }
    }
    for prefix in ["全市", "全区", "全省", "全县", "全州", "全国"] {
        if let Some(rest) = out.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    out
}

/// Full-width ASCII (ＰＣＴ, （）) to ASCII; other characters unchanged.
fn ascii_of(c: char) -> char {
    let u = c as u32;
    if (0xFF01..=0xFF5E).contains(&u) {
        char::from_u32(u - 0xFEE0).unwrap_or(c)
    } else {
        c
    }
}
