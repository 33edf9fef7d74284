//! Canonical keys and categories of indicator names (SPEC §4), table-driven.

use planmeter::parse::keys::{classify, normalize};
use planmeter::Category::{self, *};

/// (name as a plan might write it, expected key, expected category)
const CASES: &[(&str, Option<&str>, Category)] = &[
    // 每万人口发明专利拥有量 and its many spellings.
    (
        "万人拥有有效发明专利量",
        Some("invention_patents_per_10k"),
        Creation,
    ),
    (
        "每万人口发明专利拥有量",
        Some("invention_patents_per_10k"),
        Creation,
    ),
    (
        "万人均发明专利拥有量",
        Some("invention_patents_per_10k"),
        Creation,
    ),
    (
        "每万人口发明专利拥有量（件/万人）",
        Some("invention_patents_per_10k"),
        Creation,
    ),
    (
        "全省每万人口有效发明专利拥有量(件)",
        Some("invention_patents_per_10k"),
        Creation,
    ),
    (
        "每萬人口發明專利擁有量",
        Some("invention_patents_per_10k"),
        Creation,
    ),
    (
        "试验区内万人口发明专利拥有量",
        Some("invention_patents_per_10k"),
        Creation,
    ),
    // High-value must not fall into the generic key.
    (
        "每万人口高价值发明专利拥有量",
        Some("high_value_invention_patents_per_10k"),
        Creation,
    ),
    (
        "万人高价值发明专利拥有量",
        Some("high_value_invention_patents_per_10k"),
        Creation,
    ),
    (
        "每万人高价值发明专利拥有量（件）",
        Some("high_value_invention_patents_per_10k"),
        Creation,
    ),
    (
        "每萬人口高價值發明專利擁有量",
        Some("high_value_invention_patents_per_10k"),
        Creation,
    ),
    (
        "高价值发明专利拥有量",
        Some("high_value_invention_patents"),
        Creation,
    ),
    (
        "高价值专利培育中心",
        Some("high_value_patent_centers"),
        Creation,
    ),
    (
        "市级高价值专利试点项目单位",
        Some("high_value_patent_projects"),
        Creation,
    ),
    // Grants and applications.
    ("发明专利授权量", Some("invention_patent_grants"), Creation),
    (
        "新增发明专利授权量",
        Some("invention_patent_grants"),
        Creation,
    ),
    ("新增专利授权量", Some("patent_grants"), Creation),
    ("专利授权量(件)", Some("patent_grants"), Creation),
    ("海外专利授权量", Some("overseas_patent_grants"), Creation),
    ("PCT国际专利申请量", Some("pct_applications"), Creation),
    (
        "PCT(专利合作条约)国际专利申请量(件)",
        Some("pct_applications"),
        Creation,
    ),
    (
        "专利合作条约PCT专利申请量",
        Some("pct_applications"),
        Creation,
    ),
    ("ＰＣＴ國際專利申請量", Some("pct_applications"), Creation),
    ("pct专利申请量", Some("pct_applications"), Creation),
    (
        "发明专利申请量",
        Some("invention_patent_applications"),
        Creation,
    ),
    (
        "有效发明专利拥有量",
        Some("valid_invention_patents"),
        Creation,
    ),
    // Trademarks and geographical indications.
    ("有效注册商标量", Some("valid_trademarks"), Creation),
    ("有效商标注册量", Some("valid_trademarks"), Creation),
    (
        "有效注册商标总量（万件）",
        Some("valid_trademarks"),
        Creation,
    ),
    ("有效註冊商標總量", Some("valid_trademarks"), Creation),
    ("马德里商标国际注册量", Some("madrid_trademarks"), Creation),
    ("驰名商标", Some("well_known_trademarks"), Creation),
    ("中國馳名商標", Some("well_known_trademarks"), Creation),
    ("地理标志保护产品", Some("gi_products"), Creation),
    ("地理标志保护产品数量", Some("gi_products"), Creation),
    ("地理標誌保護產品", Some("gi_products"), Creation),
    ("地理标志商标数量", Some("gi_trademarks"), Creation),
    ("地理标志证明商标", Some("gi_trademarks"), Creation),
    ("农产品地理标志数量", Some("agri_gi_products"), Creation),
    (
        "每万户市场主体商标拥有量",
        Some("trademarks_per_10k_entities"),
        Creation,
    ),
    // Copyright.
    (
        "软件和其他版权作品登记量",
        Some("copyright_registrations"),
        Creation,
    ),
    ("著作权登记量", Some("copyright_registrations"), Creation),
    (
        "全国版权示范园区(基地)",
        Some("copyright_demo_parks"),
        Management,
    ),
    ("全国版权示范单位", Some("copyright_demo_units"), Management),
    // Utilization.
    (
        "知识产权质押融资金额",
        Some("ip_pledge_financing"),
        Utilization,
    ),
    ("质押融资登记金额", Some("ip_pledge_financing"), Utilization),
    (
        "专利权质押融资贷款规模",
        Some("ip_pledge_financing"),
        Utilization,
    ),
    (
        "知識產權質押融資總額（億元）",
        Some("ip_pledge_financing"),
        Utilization,
    ),
    (
        "知识产权投融资金额",
        Some("ip_investment_financing"),
        Utilization,
    ),
    (
        "专利许可和转让登记数量",
        Some("patent_license_transfer"),
        Utilization,
    ),
    (
        "专利转让许可次数",
        Some("patent_license_transfer"),
        Utilization,
    ),
    (
        "产业、企业专利导航项目",
        Some("patent_navigation_projects"),
        Utilization,
    ),
    (
        "专利导航计划项目",
        Some("patent_navigation_projects"),
        Utilization,
    ),
    (
        "专利密集型产品增加值GDP比重",
        Some("patent_intensive_output_share"),
        Utilization,
    ),
    (
        "专利密集型产业增加值占GDP比重(%)",
        Some("patent_intensive_output_share"),
        Utilization,
    ),
    (
        "知识产权使用费进出口总额",
        Some("ip_royalties_trade"),
        Utilization,
    ),
    // Protection.
    (
        "各类知识产权行政执法案件按期结案率",
        Some("case_closure_rate"),
        Protection,
    ),
    (
        "知识产权案件结案率(%)",
        Some("case_closure_rate"),
        Protection,
    ),
    ("知识产权案件年增幅", Some("ip_case_growth"), Protection),
    (
        "知识产权保护社会满意度（分）",
        Some("protection_satisfaction"),
        Protection,
    ),
    (
        "知识产权维权援助和调解(仲裁)基层站点",
        Some("ip_rights_protection_stations"),
        Protection,
    ),
    (
        "知识产权保护专项行动",
        Some("ip_enforcement_campaigns"),
        Protection,
    ),
    // Service.
    ("专利代理服务机构", Some("patent_agencies"), Service),
    ("专利代理机构数量", Some("patent_agencies"), Service),
    (
        "知识产权运营服务机构",
        Some("ip_operation_agencies"),
        Service,
    ),
    ("知识产权服务机构数量", Some("ip_service_agencies"), Service),
    ("知識產權服務機構", Some("ip_service_agencies"), Service),
    ("具有中高级职称的知识产权人才", Some("ip_talent"), Service),
    // Management.
    (
        "知识产权贯标企业数量",
        Some("ip_standard_enterprises"),
        Management,
    ),
    (
        "新增知识产权贯标企业",
        Some("new_ip_standard_enterprises"),
        Management,
    ),
    (
        "国家知识产权优势、示范企业",
        Some("ip_demonstration_enterprises"),
        Management,
    ),
    (
        "各级知识产权示范、优势企业",
        Some("ip_demonstration_enterprises"),
        Management,
    ),
    (
        "知识产权强企",
        Some("ip_demonstration_enterprises"),
        Management,
    ),
    (
        "国家知识产权示范城市",
        Some("ip_demonstration_cities"),
        Management,
    ),
    (
        "知识产权强县",
        Some("ip_demonstration_counties"),
        Management,
    ),
    // More national-table names.
    (
        "海外发明专利授权量（件）",
        Some("overseas_patent_grants"),
        Creation,
    ),
    (
        "知识产权使用费年进出口总额（亿元）",
        Some("ip_royalties_trade"),
        Utilization,
    ),
    (
        "版权产业增加值占GDP比重（%）",
        Some("copyright_industry_share"),
        Utilization,
    ),
    (
        "知识产权民事一审案件服判息诉率（%）",
        Some("civil_case_acceptance_rate"),
        Protection,
    ),
    (
        "地理标志产品产值（亿元）",
        Some("gi_output_value"),
        Utilization,
    ),
    ("商标注册量", Some("trademark_registrations"), Creation),
    ("植物新品种权授权量", Some("plant_variety_rights"), Creation),
    (
        "集成电路布图设计登记量",
        Some("ic_layout_designs"),
        Creation,
    ),
    ("专利代理师人数", Some("patent_attorneys"), Service),
    (
        "国家级知识产权保护中心",
        Some("ip_protection_centers"),
        Protection,
    ),
    (
        "知识产权维权援助中心",
        Some("ip_rights_protection_stations"),
        Protection,
    ),
    (
        "高校专利转化实施率",
        Some("patent_commercialization"),
        Utilization,
    ),
    ("知识产权民事案件数量", None, Protection),
    // Unknown names: no key, a category from general vocabulary.
    ("电子商务领域维权案", None, Protection),
    ("展会专利执法办案", None, Protection),
    ("省知识产权局组织开展培训或业务研讨", None, Service),
    ("精品版权数量", None, Creation),
    ("知识产权交易额", None, Utilization),
    ("地区生产总值", None, Other),
    ("", None, Other),
];

#[test]
fn table_of_names() {
    let mut failures = Vec::new();
    for &(name, key, category) in CASES {
        let got = classify(name);
        if got != (key, category) {
            failures.push(format!("{name}: got {got:?}, want {:?}", (key, category)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(CASES.len() >= 40);
}

#[test]
fn increments_never_map_to_stock_keys() {
    for name in [
        "新增每万人口发明专利拥有量",
        "新增有效注册商标量",
        "新增地理标志保护产品",
        "新增知识产权优势企业",
        "新增专利代理机构",
    ] {
        let (key, _) = classify(name);
        assert!(
            key.is_none() || key.is_some_and(|k| k.starts_with("new_")),
            "{name} → {key:?}"
        );
    }
    assert_ne!(
        classify("新增发明专利授权量").0,
        Some("invention_patents_per_10k")
    );
}

#[test]
fn high_value_never_maps_to_the_generic_key() {
    for name in [
        "每万人口高价值发明专利拥有量",
        "万人高价值专利拥有量",
        "高價值發明專利擁有量",
    ] {
        assert_ne!(
            classify(name).0,
            Some("invention_patents_per_10k"),
            "{name}"
        );
    }
}

#[test]
fn normalize_drops_units_punctuation_and_region_words() {
    assert_eq!(
        normalize("全市PCT(专利合作条约)国际专利申请量（件）"),
        "PCT国际专利申请量"
    );
    assert_eq!(
        normalize("每萬人口 發明專利、擁有量"),
        "每万人口发明专利拥有量"
    );
    assert_eq!(normalize("((("), "");
    assert_eq!(normalize(")))件"), "件");
}

#[test]
fn traditional_and_simplified_agree() {
    for (t, s) in [
        ("有效註冊商標量", "有效注册商标量"),
        ("專利權質押融資貸款規模", "专利权质押融资贷款规模"),
        ("知識產權維權援助站點", "知识产权维权援助站点"),
    ] {
        assert_eq!(classify(t), classify(s), "{t}");
        assert!(classify(s).0.is_some(), "{s}");
    }
}
