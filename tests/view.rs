//! View tests: markup snapshots for small hand-made plan sets, and properties that must hold
//! for any data (escaping, no inline styles, finite aria values), number formatting,
//! filter queries, CSV, table filtering and sorting, traditional-character words.
//!
//! Snapshots live in `tests/snapshots/view/*.html`; regenerate with `UPDATE_SNAPSHOTS=1`.

use planmeter::filter::{encode, fold, Column, Filter, Sort};
use planmeter::load::load_plan_set;
use planmeter::view::{
    self, compare, error_box, format::zh_number, gauge, table, GaugeSpec, Lang, TableModel,
    ViewError,
};
use planmeter::{Attribute, Category, PlanSet, Status};

const FIXTURE: &str = r#"{"version":1,"plans":[
{"id":"zibo-ip-2021-2025","title":"淄博市“十四五”知识产权发展规划","region":"淄博市","level":"city",
 "issuer":"淄博市人民政府办公室","doc_number":"淄政办字〔2021〕104号","issued":"2021-11-23","period":[2021,2025],
 "indicators":[
  {"id":"hv","name":"每万人口高价值发明专利拥有量","key":"high_value_invention_patents_per_10k","category":"creation","unit":"件",
   "baseline":{"year":2020,"value":4.37},"targets":[{"year":2025,"op":">=","value":6,"high":null}],"growth":null,
   "cumulative":false,"per_year":false,"attribute":"预期性","source":null,"actuals":[{"year":2023,"value":5.2,"note":"示例数据"}]},
  {"id":"tm","name":"有效商标注册量","key":"valid_trademarks","category":"creation","unit":"万件",
   "baseline":{"year":2020,"value":8.5},"targets":[{"year":2025,"op":">","value":12,"high":null}],"growth":null,
   "cumulative":false,"per_year":false,"attribute":"约束性","source":null,"actuals":[]},
  {"id":"pledge","name":"知识产权质押融资额","key":"ip_pledge_financing","category":"utilization","unit":"亿元",
   "baseline":null,"targets":[{"year":2025,"op":"range","value":8,"high":10}],"growth":null,
   "cumulative":false,"per_year":false,"attribute":null,"source":null,"actuals":[]}
 ]},
{"id":"jinghai-ip-2021-2025","title":"静海区知识产权“十四五”规划","region":"天津市静海区","level":"district",
 "issuer":null,"doc_number":null,"issued":null,"period":[2021,2025],
 "indicators":[
  {"id":"hv","name":"万人高价值发明专利拥有量","key":"high_value_invention_patents_per_10k","category":"creation","unit":"件",
   "baseline":{"year":2020,"value":2.1},"targets":[{"year":2025,"op":">=","value":4.2,"high":null}],"growth":null,
   "cumulative":false,"per_year":false,"attribute":"预期性","source":null,"actuals":[{"year":2023,"value":3.9,"note":null}]},
  {"id":"cases","name":"知识产权案件结案率","key":null,"category":"protection","unit":"%",
   "baseline":{"year":2020,"value":90},"targets":[{"year":2025,"op":">=","value":95,"high":null}],"growth":null,
   "cumulative":false,"per_year":false,"attribute":"约束性","source":null,"actuals":[{"year":2022,"value":88,"note":null}]}
 ]},
{"id":"cn-ip-2021-2025","title":"“十四五”国家知识产权保护和运用规划","region":"全国","level":"national",
 "issuer":"国务院","doc_number":"国发〔2021〕20号","issued":"2021-10-09","period":[2021,2025],
 "indicators":[
  {"id":"hv","name":"每万人口高价值发明专利拥有量","key":"high_value_invention_patents_per_10k","category":"creation","unit":"件",
   "baseline":{"year":2020,"value":6.3},"targets":[{"year":2025,"op":">=","value":12,"high":null}],"growth":null,
   "cumulative":false,"per_year":false,"attribute":"预期性","source":null,"actuals":[{"year":2023,"value":11.8,"note":null}]}
 ]}
]}"#;

fn fixture() -> PlanSet {
    let loaded = load_plan_set(FIXTURE);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    loaded.value
}

// ---------------------------------------------------------------- markup checks

/// Every tag in `html`, as (name, attributes); panics on markup this view never writes
/// (unquoted attributes, stray `<`), so that injected markup cannot hide.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("unclosed tag");
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        if inner.starts_with("!DOCTYPE") {
            continue;
        }
        let inner = inner.trim_end_matches('/');
        let (name, mut attrs_src) = inner.split_once(' ').unwrap_or((inner, ""));
        let mut attrs = Vec::new();
        loop {
            attrs_src = attrs_src.trim_start();
            if attrs_src.is_empty() {
                break;
            }
            let stop = attrs_src.find([' ', '=']).unwrap_or(attrs_src.len());
            let aname = attrs_src[..stop].to_string();
            attrs_src = &attrs_src[stop..];
            let mut value = String::new();
            if let Some(r) = attrs_src.strip_prefix("=\"") {
                let q = r.find('"').expect("unterminated attribute");
                value = r[..q].to_string();
                attrs_src = &r[q + 1..];
            } else {
                assert!(
                    !attrs_src.starts_with('='),
                    "unquoted attribute {aname} in <{inner}>"
                );
            }
            attrs.push((aname, value));
        }
        out.push((name.to_string(), attrs));
    }
    out
}

const TAGS: &[&str] = &[
    "div", "p", "span", "svg", "path", "rect", "line", "dl", "dt", "dd", "table", "caption",
    "thead", "tbody", "tr", "th", "td", "label", "select", "option", "input", "button", "ul", "li",
    "code", "html", "head", "meta", "title", "link", "body",
];

const ATTRS: &[&str] = &[
    "class",
    "lang",
    "role",
    "title",
    "scope",
    "colspan",
    "type",
    "value",
    "placeholder",
    "autocomplete",
    "spellcheck",
    "selected",
    "tabindex",
    "viewBox",
    "width",
    "height",
    "d",
    "x1",
    "x2",
    "y1",
    "y2",
    "preserveAspectRatio",
    "focusable",
    "aria-hidden",
    "aria-label",
    "aria-live",
    "aria-sort",
    "aria-valuenow",
    "aria-valuemin",
    "aria-valuemax",
    "aria-valuetext",
    "data-pm-status",
    "data-pm-filter",
    "data-pm-sort",
    "data-pm-csv",
    "data-pm-body",
    "data-pm-count",
    "data-pm-row",
    "data-pm-rows",
    "data-pm-scroll",
    "data-pm-key",
    "charset",
    "name",
    "content",
    "rel",
    "href",
];

/// Checks the conventions every widget's markup keeps.
fn check_markup(html: &str) {
    assert!(!html.contains("<script"), "script in {html}");
    for (name, attrs) in tags(html) {
        let bare = name.trim_start_matches('/');
        assert!(TAGS.contains(&bare), "unexpected tag <{name}> in {html}");
        for (a, v) in &attrs {
            assert!(
                ATTRS.contains(&a.as_str()),
                "unexpected attribute {a} on <{name}>"
            );
            assert!(a != "style" && !a.starts_with("on"), "{a} on <{name}>");
            if a == "class" {
                assert!(v.split(' ').all(|c| c.starts_with("pm-")), "class {v}");
            }
            if a == "href" {
                assert_eq!(v, "planmeter.css");
            }
        }
    }
}

/// Checks the meters in `html`: min ≤ now ≤ max, all finite, with a text and a label.
fn check_meters(html: &str) -> usize {
    let mut n = 0;
    for (_, attrs) in tags(html) {
        let get = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
        if get("role").as_deref() != Some("meter") {
            continue;
        }
        n += 1;
        let num = |k: &str| -> f64 {
            let v = get(k).unwrap_or_else(|| panic!("meter without {k}"));
            let x: f64 = v.parse().unwrap_or_else(|_| panic!("{k}={v}"));
            assert!(x.is_finite(), "{k}={v}");
            x
        };
        let (lo, now, hi) = (
            num("aria-valuemin"),
            num("aria-valuenow"),
            num("aria-valuemax"),
        );
        assert!(lo <= now && now <= hi, "{lo} {now} {hi}");
        assert!(!get("aria-valuetext").unwrap_or_default().is_empty());
        assert!(!get("aria-label").unwrap_or_default().is_empty());
    }
    n
}

fn snapshot(name: &str, html: &str) {
    check_markup(html);
    let path = format!(
        "{}/tests/snapshots/view/{name}.html",
        env!("CARGO_MANIFEST_DIR")
    );
    // One element per line, so that snapshot diffs are readable.
    let pretty = html.replace("><", ">\n<") + "\n";
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &pretty).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing snapshot {path}; run with UPDATE_SNAPSHOTS=1"));
    assert!(
        want == pretty,
        "snapshot {name} differs; diff {path} against:\n{pretty}"
    );
}

// ---------------------------------------------------------------- snapshots

fn spec<'a>(plan: &'a str, ind: &'a str) -> GaugeSpec<'a> {
    GaugeSpec {
        plan,
        indicator: ind,
        actual: None,
        year: None,
    }
}

#[test]
fn snapshot_gauges() {
    let set = fixture();
    let g = gauge(&set, &spec("zibo-ip-2021-2025", "hv"), Lang::Hans).unwrap();
    assert_eq!(check_meters(&g), 1);
    assert!(g.contains("示例数据"), "sample data must be marked");
    snapshot("gauge_sample", &g);

    let by_key = spec("zibo-ip-2021-2025", "high_value_invention_patents_per_10k");
    assert_eq!(
        gauge(&set, &by_key, Lang::Hans).unwrap(),
        g,
        "key finds the same"
    );

    let mut over = spec("zibo-ip-2021-2025", "hv");
    over.actual = Some(5.9);
    over.year = Some(2024);
    let g = gauge(&set, &over, Lang::Hant).unwrap();
    assert!(
        !g.contains("示例數據") && !g.contains("示例数据"),
        "override is not sample"
    );
    assert!(g.contains("5.9件") && g.contains("2024年"));
    assert_eq!(check_meters(&g), 1);
    snapshot("gauge_override_hant", &g);

    let g = gauge(&set, &spec("zibo-ip-2021-2025", "tm"), Lang::Hans).unwrap();
    assert!(g.contains("暂无数据") && g.contains("&gt;12万件"));
    assert_eq!(check_meters(&g), 1);
    snapshot("gauge_no_data", &g);
}

#[test]
fn snapshot_tables() {
    let set = fixture();
    let m = TableModel::new(&set, None, None).unwrap();
    let f = Filter::from_query("category=creation");
    let sort = Sort::parse("-progress");
    snapshot("table_shell", &m.shell(&f, sort, Lang::Hans));
    snapshot(
        "table_static",
        &m.static_html(&Filter::default(), None, Lang::Hans),
    );
    let one = TableModel::new(&set, Some("jinghai-ip-2021-2025"), None).unwrap();
    snapshot(
        "table_static_hant",
        &one.static_html(&Filter::default(), None, Lang::Hant),
    );
}

#[test]
fn snapshot_compare_and_errors() {
    let set = fixture();
    let c = compare(
        &set,
        "high_value_invention_patents_per_10k",
        None,
        Lang::Hans,
    )
    .unwrap();
    // Reference (national) first, then best progress first: 静海区 85.7% before 淄博市 50.9%.
    let (cn, jh, zb) = (c.find("全国参考"), c.find("天津市静海区"), c.find("淄博市"));
    assert!(cn < jh && jh < zb, "{c}");
    snapshot("compare", &c);
    let none = compare(&set, "gi_products", None, Lang::Hans).unwrap();
    assert!(none.contains("没有规划包含指标") && none.contains("gi_products"));
    snapshot("compare_empty", &none);

    let e = gauge(&set, &spec("zibo-ip-2021-2025x", "hv"), Lang::Hans).unwrap_err();
    assert!(e.message.contains("找不到规划 zibo-ip-2021-2025x"), "{e}");
    let bad = load_plan_set(
        r#"{"version":1,"plans":[{"id":"p","title":"t","region":"r","level":"city","indicators":[{"id":"i","name":"n","category":"creation","targets":[{"year":2025,"op":">=","value":"abc"}]}]}]}"#,
    );
    let e = ViewError::from_diagnostics(&bad.diagnostics, Lang::Hans);
    let b = error_box(&e, Lang::Hans);
    assert!(b.contains("role=\"alert\"") && b.contains("plans[0].indicators[0]"));
    snapshot("error_data", &b);
}

// ---------------------------------------------------------------- hostile data

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)",
    "javascript:alert(1)",
    "<svg onload=alert(1)>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<img src=x onerror=alert(1)>",
    "&amp;<!-- -->",
];

fn hostile_set(h: &str) -> PlanSet {
    let mut set = fixture();
    for p in &mut set.plans {
        p.title = format!("{h}{}", p.title);
        p.region = format!("{h}{}", p.region);
        for i in &mut p.indicators {
            i.name = format!("{h}{}", i.name);
            i.unit = Some(format!("{h}件"));
            for a in &mut i.actuals {
                a.note = Some(h.to_string());
            }
        }
    }
    set
}

#[test]
fn data_text_is_only_ever_escaped() {
    for h in HOSTILE {
        let set = hostile_set(h);
        let m = TableModel::new(&set, None, None).unwrap();
        let all = m.visible(&Filter::default(), None);
        let mut outs = vec![
            m.shell(
                &Filter::from_query(&format!("q={}", planmeter::filter::encode(h))),
                None,
                Lang::Hans,
            ),
            m.static_html(&Filter::default(), None, Lang::Hant),
            m.rows_html(&all, Lang::Hans),
            compare(
                &set,
                "high_value_invention_patents_per_10k",
                None,
                Lang::Hans,
            )
            .unwrap(),
            compare(&set, h, None, Lang::Hans).unwrap(),
            error_box(
                &ViewError {
                    message: h.to_string(),
                    details: vec![h.to_string()],
                },
                Lang::Hans,
            ),
            view::page(h, "", Lang::Hans),
        ];
        for p in ["zibo-ip-2021-2025", "jinghai-ip-2021-2025"] {
            let g = gauge(&set, &spec(p, "hv"), Lang::Hans).unwrap();
            assert_eq!(check_meters(&g), 1);
            outs.push(g);
        }
        outs.push(error_box(
            &gauge(&set, &spec(h, h), Lang::Hans).unwrap_err(),
            Lang::Hans,
        ));
        for o in &outs {
            check_markup(o);
            if h.contains(['<', '"', '\'', '&']) {
                assert!(!o.contains(h), "raw {h:?} in {o}");
            }
        }
        // The escaped text is still there for readers.
        assert!(outs[1].contains(&view::escape::escape(h)));
    }
}

#[test]
fn no_inline_styles_or_handlers_anywhere() {
    let set = hostile_set("\" style=\"color:red");
    let m = TableModel::new(&set, None, None).unwrap();
    let html = m.static_html(&Filter::default(), Sort::parse("name"), Lang::Hans);
    for (_, attrs) in tags(&html) {
        assert!(attrs.iter().all(|(a, _)| a != "style"));
    }
}

/// Every progress-bar class in the markup (`pm-w…` fill, `pm-m…` time mark) has its rule
/// in the shipped stylesheet; without one the bar would silently show nothing.
#[test]
fn progress_bar_classes_have_their_css_rules() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/planmeter.css"))
        .expect("www/planmeter.css");
    let set = fixture();
    let m = TableModel::new(&set, None, None).unwrap();
    let html = m.static_html(&Filter::default(), None, Lang::Hans);
    let mut seen = 0;
    for (tag, attrs) in tags(&html) {
        let Some((_, class)) = attrs.iter().find(|(a, _)| a == "class") else {
            continue;
        };
        if tag != "span" || !class.split(' ').any(|c| c == "pm-bar") {
            continue;
        }
        for c in class
            .split(' ')
            .filter(|c| c.starts_with("pm-w") || c.starts_with("pm-m"))
        {
            let var = if c.starts_with("pm-w") {
                "--pm-w"
            } else {
                "--pm-m"
            };
            let rule = format!(".{c} {{ {var}: {}%; }}", &c[4..]);
            assert!(css.contains(&rule), "no rule {rule:?} in www/planmeter.css");
            seen += 1;
        }
    }
    assert!(
        seen > 4,
        "the fixture's table has bars with widths and marks ({seen})"
    );
    // And the stylesheet has all 51 steps of each.
    for n in (0..=100).step_by(2) {
        assert!(
            css.contains(&format!(".pm-w{n} {{ --pm-w: {n}%; }}")),
            "pm-w{n}"
        );
        assert!(
            css.contains(&format!(".pm-m{n} {{ --pm-m: {n}%; }}")),
            "pm-m{n}"
        );
    }
}

#[test]
fn meters_are_finite_for_any_actual() {
    let set = fixture();
    for v in [
        0.0,
        -1e300,
        1e300,
        4.37,
        6.0,
        1e-12,
        -5.0,
        f64::MAX,
        f64::MIN_POSITIVE,
    ] {
        for year in [None, Some(1949), Some(2020), Some(2023), Some(2100)] {
            let mut s = spec("zibo-ip-2021-2025", "hv");
            s.actual = Some(v);
            s.year = year;
            let g = gauge(&set, &s, Lang::Hans).unwrap();
            assert_eq!(check_meters(&g), 1, "{v} {year:?}");
            assert!(!g.contains("NaN") && !g.contains("inf"), "{g}");
        }
    }
    let mut s = spec("zibo-ip-2021-2025", "hv");
    s.actual = Some(f64::NAN);
    assert!(gauge(&set, &s, Lang::Hans).is_err());
}

// ---------------------------------------------------------------- numbers

#[test]
fn chinese_number_format() {
    let cases = [
        (12000.0, "1.2万"),
        (350000000.0, "3.5亿"),
        (0.91, "0.91"),
        (4.37, "4.37"),
        (9999.0, "9999"),
        (10000.0, "1万"),
        (12345.0, "1.23万"),
        (99999999.0, "1亿"),
        (123456789012.0, "1234.57亿"),
        (-25000.0, "-2.5万"),
        (0.0, "0"),
        (-0.0001, "0"),
        (0.0597, "0.06"),
        (6.0, "6"),
        (f64::NAN, "—"),
        (f64::INFINITY, "—"),
    ];
    for (v, want) in cases {
        assert_eq!(zh_number(v), want, "{v}");
    }
    use view::format::{percent, with_unit};
    assert_eq!(with_unit(12000.0, Some("件")), "1.2万件");
    assert_eq!(with_unit(8.5, Some("万件")), "8.5万件");
    assert_eq!(with_unit(12000.0, Some("万件")), "1.2亿件");
    assert_eq!(with_unit(0.5, Some("亿元")), "5000万元");
    assert_eq!(with_unit(8.5, Some("萬件")), "8.5万件");
    assert_eq!(with_unit(2.0, Some("億元")), "2亿元");
    assert_eq!(with_unit(60.0, Some("%")), "60%");
    assert_eq!(with_unit(3.0, None), "3");
    assert_eq!(percent(0.509), "50.9%");
    assert_eq!(percent(f64::NAN), "—");
}

// ---------------------------------------------------------------- filter queries

#[test]
fn filter_query_round_trip() {
    let f = Filter {
        category: Some(Category::Creation),
        status: Some(Status::OnTrack),
        region: Some("天津市静海区".into()),
        attribute: Some(Attribute::Expected),
        text: "专利 a&b=c%d+e #f".into(),
    };
    let q = f.to_query();
    assert!(
        q.starts_with("category=creation&status=on_track&region=%E5%A4%A9"),
        "{q}"
    );
    assert!(q.is_ascii());
    assert_eq!(Filter::from_query(&q), f);
    assert_eq!(Filter::from_query(&format!("#{q}")), f);
    assert_eq!(Filter::default().to_query(), "");
    let g = Filter::from_query(
        "category=creation&status=on_track&region=淄博市&attribute=预期性&q=专利",
    );
    assert_eq!(g.category, Some(Category::Creation));
    assert_eq!(g.status, Some(Status::OnTrack));
    assert_eq!(g.region.as_deref(), Some("淄博市"));
    assert_eq!(g.attribute, Some(Attribute::Expected));
    assert_eq!(g.text, "专利");
    assert_eq!(
        Filter::from_query("attribute=約束性").attribute,
        Some(Attribute::Binding)
    );
    assert_eq!(Filter::from_query("q=a+b%20c").text, "a b c");
    assert_eq!(
        Filter::from_query("q=x").to_query_with(Sort::parse("-progress")),
        "q=x&sort=-progress"
    );
    assert_eq!(
        Sort::from_query("q=x&sort=-progress"),
        Sort::parse("-progress")
    );
    assert_eq!(Sort::parse("-progress").map(|s| s.descending), Some(true));
    assert_eq!(Sort::parse("nope"), None);
}

#[test]
fn filter_query_is_total_on_junk() {
    for junk in [
        "",
        "&&&",
        "=",
        "==&=",
        "%",
        "%E5%A4",
        "%ZZ",
        "q=%FF%FE",
        "category=nope&status=",
        "sort=",
        "#",
        "?",
        "\u{0}",
        "q=%E5%A4%A9%",
        "region=&q=",
        "category=creation=x",
    ] {
        let f = Filter::from_query(junk);
        let again = Filter::from_query(&f.to_query());
        assert_eq!(again, f, "{junk:?}");
        let _ = Sort::from_query(junk);
    }
    assert_eq!(
        Filter::from_query("category=nope&colour=red"),
        Filter::default()
    );
    assert_eq!(Filter::from_query("q=%FF").text, "\u{fffd}");
    assert_eq!(Filter::from_query("q=%ZZ").text, "%ZZ");
}

proptest::proptest! {
    #[test]
    fn filter_round_trips_any_text(text in ".*", region in ".*") {
        let f = Filter { text, region: Some(region).filter(|r| !r.is_empty()), ..Filter::default() };
        proptest::prop_assert_eq!(Filter::from_query(&f.to_query()), f);
    }

    #[test]
    fn from_query_never_panics(s in ".*") {
        let f = Filter::from_query(&s);
        proptest::prop_assert_eq!(Filter::from_query(&f.to_query()), f);
    }
}

// ---------------------------------------------------------------- CSV

/// Splits RFC 4180 CSV into records of fields.
fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_has_bom_quoting_and_no_formulas() {
    let mut set = fixture();
    let names = [
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "a,b",
        "say \"hi\"",
        "line\nbreak",
    ];
    for (i, n) in names.iter().enumerate() {
        let mut ind = set.plans[0].indicators[0].clone();
        ind.id = format!("x{i}");
        ind.name = n.to_string();
        set.plans[0].indicators.push(ind);
    }
    let m = TableModel::new(&set, Some("zibo-ip-2021-2025"), None).unwrap();
    let ids = m.visible(&Filter::default(), None);
    let csv = m.csv(&ids);
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("\r\n"));
    let rows = parse_csv(csv.trim_start_matches('\u{feff}'));
    assert_eq!(rows.len(), ids.len() + 1);
    let width = rows[0].len();
    assert!(rows.iter().all(|r| r.len() == width), "ragged CSV");
    let col = rows[0].iter().position(|h| h == "指标").unwrap();
    let cells: Vec<&str> = rows[1..].iter().map(|r| r[col].as_str()).collect();
    for n in names {
        if n.starts_with(['=', '+', '-', '@']) {
            assert!(
                cells.contains(&format!("'{n}").as_str()),
                "{n} not neutralised"
            );
        } else {
            assert!(cells.contains(&n), "{n} lost");
        }
    }
    for c in rows.iter().flatten() {
        assert!(!c.starts_with(['=', '+', '@']), "formula-like cell {c}");
    }
    // Numbers stay numbers (a negative value is not prefixed).
    let mut neg = fixture();
    neg.plans[0].indicators[0].baseline.as_mut().unwrap().value = -3.5;
    let m = TableModel::new(&neg, None, None).unwrap();
    let rows = parse_csv(m.csv(&[0]).trim_start_matches('\u{feff}'));
    let b = rows[0].iter().position(|h| h == "基期值").unwrap();
    assert_eq!(rows[1][b], "-3.5");
}

// ---------------------------------------------------------------- table filtering, sorting

fn names(m: &TableModel, set: &PlanSet, ids: &[u32]) -> Vec<String> {
    let _ = m;
    let all: Vec<String> = set
        .plans
        .iter()
        .flat_map(|p| {
            p.indicators
                .iter()
                .map(move |i| format!("{}/{}", p.id, i.id))
        })
        .collect();
    ids.iter().map(|&i| all[i as usize].clone()).collect()
}

#[test]
fn visible_filters_by_each_kind() {
    let set = fixture();
    let m = TableModel::new(&set, None, None).unwrap();
    assert_eq!(m.len(), 6);
    let v = |q: &str| names(&m, &set, &m.visible(&Filter::from_query(q), None));
    assert_eq!(v("").len(), 6);
    assert_eq!(v("category=utilization"), ["zibo-ip-2021-2025/pledge"]);
    assert_eq!(v("category=protection"), ["jinghai-ip-2021-2025/cases"]);
    assert_eq!(
        v("region=天津市静海区"),
        ["jinghai-ip-2021-2025/hv", "jinghai-ip-2021-2025/cases"]
    );
    assert_eq!(
        v("attribute=约束性"),
        ["zibo-ip-2021-2025/tm", "jinghai-ip-2021-2025/cases"]
    );
    assert_eq!(
        v("status=no_data"),
        ["zibo-ip-2021-2025/tm", "zibo-ip-2021-2025/pledge"]
    );
    assert_eq!(v("q=商标"), ["zibo-ip-2021-2025/tm"]);
    // Search covers region and key, is case- and width-insensitive, terms all must match.
    assert_eq!(v("q=静海 专利"), ["jinghai-ip-2021-2025/hv"]);
    assert_eq!(v("q=VALID_TRADEMARKS"), ["zibo-ip-2021-2025/tm"]);
    assert_eq!(v("q=ＶＡＬＩＤ"), ["zibo-ip-2021-2025/tm"]);
    assert_eq!(v("q=運用"), ["zibo-ip-2021-2025/pledge"]);
    assert!(v("q=不存在的指标").is_empty());
    assert_eq!(v("category=creation&region=全国"), ["cn-ip-2021-2025/hv"]);
    assert_eq!(fold("ＡＢＣ　Def"), "abc def");
    // The regions offered by the filter bar: distinct, in data order.
    assert_eq!(m.regions(), ["淄博市", "天津市静海区", "全国"]);
    let shell = m.shell(&Filter::from_query("region=全国"), None, Lang::Hans);
    assert!(shell.contains("<option value=\"全国\" selected>"));
    assert!(shell.contains("显示 1 / 6 项"));
}

#[test]
fn visible_sorts_with_missing_last_and_stable_ties() {
    let set = fixture();
    let m = TableModel::new(&set, None, None).unwrap();
    let v = |s: &str| names(&m, &set, &m.visible(&Filter::default(), Sort::parse(s)));
    // Baselines in base units: 4.37, 85000 (8.5万), none, 2.1, 90, 6.3.
    let asc = v("baseline");
    assert_eq!(
        asc,
        [
            "jinghai-ip-2021-2025/hv",
            "zibo-ip-2021-2025/hv",
            "cn-ip-2021-2025/hv",
            "jinghai-ip-2021-2025/cases",
            "zibo-ip-2021-2025/tm",
            "zibo-ip-2021-2025/pledge"
        ]
    );
    let desc = v("-baseline");
    assert_eq!(
        desc.last().map(String::as_str),
        Some("zibo-ip-2021-2025/pledge")
    );
    assert_eq!(desc[0], "zibo-ip-2021-2025/tm");
    // Ties keep data order both ways (category: four creation rows).
    let cat = v("category");
    assert_eq!(
        &cat[..4],
        [
            "zibo-ip-2021-2025/hv",
            "zibo-ip-2021-2025/tm",
            "jinghai-ip-2021-2025/hv",
            "cn-ip-2021-2025/hv"
        ]
    );
    let cat_desc = v("-category");
    assert_eq!(
        &cat_desc[2..],
        [
            "zibo-ip-2021-2025/hv",
            "zibo-ip-2021-2025/tm",
            "jinghai-ip-2021-2025/hv",
            "cn-ip-2021-2025/hv"
        ]
    );
    // Every column sorts every row exactly once, filtered views are subsequences.
    for c in Column::ALL {
        for descending in [false, true] {
            let s = Some(Sort {
                column: c,
                descending,
            });
            let mut ids = m.visible(&Filter::default(), s);
            assert_eq!(ids.len(), 6);
            let f = Filter::from_query("category=creation");
            let sub = m.visible(&f, s);
            let kept: Vec<u32> = ids.iter().copied().filter(|i| sub.contains(i)).collect();
            assert_eq!(kept, sub);
            ids.sort();
            assert_eq!(ids, [0, 1, 2, 3, 4, 5]);
        }
    }
    let shell = m.shell(&Filter::default(), Sort::parse("-latest"), Lang::Hans);
    assert!(shell.contains("aria-sort=\"descending\"><button type=\"button\" class=\"pm-sort\" data-pm-sort=\"latest\">"));
    assert_eq!(
        Sort::toggled(Sort::parse("name"), Column::Name),
        Sort::parse("-name").unwrap()
    );
    assert_eq!(
        Sort::toggled(Sort::parse("name"), Column::Target),
        Sort::parse("target").unwrap()
    );
}

#[test]
fn table_shell_has_the_hooks() {
    let set = fixture();
    let m = TableModel::new(&set, None, None).unwrap();
    let s = m.shell(&Filter::default(), None, Lang::Hans);
    for hook in ["category", "status", "region", "attribute", "q"] {
        assert!(s.contains(&format!("data-pm-filter=\"{hook}\"")), "{hook}");
    }
    assert!(s.contains("data-pm-csv") && s.contains("data-pm-body") && s.contains("data-pm-count"));
    assert!(s.contains("aria-live=\"polite\"") && s.contains("<caption"));
    assert_eq!(s.matches("scope=\"col\"").count(), 9);
    assert_eq!(s.matches("<label").count(), 5);
    assert!(
        !s.contains("<tr class=\"pm-row\""),
        "the shell's body is empty"
    );
    let rows = m.rows_html(&[2, 0, 99], Lang::Hans);
    assert_eq!(rows.matches("<tr").count(), 2);
    assert!(rows.find("data-pm-row=\"2\"") < rows.find("data-pm-row=\"0\""));
    assert!(m.rows_html(&[], Lang::Hans).contains("没有符合条件的指标"));
    assert!(TableModel::new(&set, Some("nope"), None).is_err());
    assert_eq!(table::count_text(3, 10, Lang::Hant), "顯示 3 / 10 項");
}

#[test]
fn traditional_words() {
    let set = fixture();
    let m = TableModel::new(&set, None, None).unwrap();
    let s = m.shell(&Filter::default(), None, Lang::Hant);
    for word in [
        "目標",
        "基期",
        "狀態",
        "類別",
        "屬性",
        "指標",
        "進度",
        "搜尋",
        "匯出",
        "進展順利",
        "暫無數據",
        "運用",
        "保護",
        "預期性",
        "約束性",
    ] {
        assert!(s.contains(word), "{word} missing");
    }
    assert!(s.contains("lang=\"zh-Hant\""));
    for simplified in ["目标", "状态", "类别", "进度", "指标一览"] {
        assert!(!s.contains(simplified), "{simplified} in Hant");
    }
    let g = gauge(&set, &spec("zibo-ip-2021-2025", "hv"), Lang::Hant).unwrap();
    assert!(g.contains("示例數據") && g.contains("最新值") && g.contains("目標"));
    assert_eq!(Lang::from_tag("zh-Hant"), Lang::Hant);
    assert_eq!(Lang::from_tag("zh-TW"), Lang::Hant);
    assert_eq!(Lang::from_tag("zh-Hant-HK"), Lang::Hant);
    assert_eq!(Lang::from_tag("zh-Hans"), Lang::Hans);
    assert_eq!(Lang::from_tag(""), Lang::Hans);
    assert_eq!(view::i18n::status(Status::Achieved, Lang::Hant), "已完成");
    assert_eq!(
        view::i18n::status(Status::MovingAway, Lang::Hant),
        "偏離目標"
    );
}

// ---------------------------------------------------------------- speed

fn big_set(n: usize) -> PlanSet {
    let base = fixture();
    let mut set = PlanSet::default();
    let template = &base.plans[1];
    for p in 0..n / 100 {
        let mut plan = template.clone();
        plan.id = format!("p{p}");
        plan.region = format!("地区{}", p % 300);
        plan.indicators.clear();
        for i in 0..100 {
            let mut ind = template.indicators[i % 2].clone();
            ind.id = format!("i{i}");
            ind.name = format!(
                "指标{i}号{}",
                ["发明专利", "商标", "版权", "地理标志"][i % 4]
            );
            if let Some(b) = ind.baseline.as_mut() {
                b.value = ((p * 31 + i * 7) % 1000) as f64;
            }
            plan.indicators.push(ind);
        }
        set.plans.push(plan);
    }
    set
}

fn time_visible(n: usize) -> (std::time::Duration, std::time::Duration, usize) {
    let set = big_set(n);
    let m = TableModel::new(&set, None, None).unwrap();
    let f = Filter::from_query("q=专利");
    let t = std::time::Instant::now();
    let hits = m.visible(&f, None).len();
    let filter = t.elapsed();
    let _ = m.visible(&f, Sort::parse("baseline")); // builds the cached order
    let t = std::time::Instant::now();
    let _ = m.visible(&f, Sort::parse("-baseline"));
    (filter, t.elapsed(), hits)
}

#[test]
fn visible_is_fast_enough() {
    // Loose bound (debug build, shared machine): 20,000 rows well under a second.
    let (filter, sorted, hits) = time_visible(20_000);
    assert_eq!(hits, 5_000);
    assert!(
        filter.as_millis() < 1000 && sorted.as_millis() < 1000,
        "{filter:?} {sorted:?}"
    );
}

/// `cargo test --release --test view -- --ignored --nocapture bench`
#[test]
#[ignore]
fn bench_visible_100k() {
    for _ in 0..3 {
        let (filter, sorted, hits) = time_visible(100_000);
        println!("100k rows: text filter {filter:?}, filter+sorted (cached order) {sorted:?}, {hits} hits");
    }
}

#[test]
fn target_wording() {
    let mut set = fixture();
    let inds = &mut set.plans[0].indicators;
    inds[0].per_year = true;
    inds[1].targets.clear();
    inds[1].growth = Some(planmeter::Growth {
        annual_rate_pct: 15.0,
        op: planmeter::Op::Gt,
    });
    inds[2].cumulative = true;
    let m = TableModel::new(&set, Some("zibo-ip-2021-2025"), None).unwrap();
    let rows = m.rows_html(&[0, 1, 2], Lang::Hans);
    check_markup(&rows);
    assert!(rows.contains("每年≥6件"), "{rows}");
    assert!(rows.contains("年均增长&gt;15%"), "{rows}");
    assert!(rows.contains("累计8亿元—10亿元"), "{rows}");
    let hant = m.rows_html(&[1, 2], Lang::Hant);
    assert!(hant.contains("年均增長") && hant.contains("累計"));
}

#[test]
fn fixed_precision_digits() {
    use view::format::fixed;
    let cases = [
        (0.0, 2, "0"),
        (1.005, 2, "1"),
        (1.25, 1, "1.3"),
        (0.05, 1, "0.1"),
        (0.0049, 2, "0"),
        (-0.004, 2, "0"),
        (-1.5, 0, "-2"),
        (12.3456, 2, "12.35"),
        (0.0597, 3, "0.06"),
        (0.0107, 3, "0.011"),
        (100.0, 2, "100"),
        (102.26, 2, "102.26"),
        (1e20, 2, "100000000000000000000"),
        (-1e20, 1, "-100000000000000000000"),
        (f64::NAN, 2, "—"),
    ];
    for (x, p, want) in cases {
        assert_eq!(fixed(x, p), want, "{x} {p}");
    }
    // Agrees with the standard formatter (trailing zeros trimmed) on ordinary values.
    for i in 0..2000 {
        let x = (i as f64) * 0.37 - 300.0;
        let std = format!("{x:.2}");
        let t = std.trim_end_matches('0').trim_end_matches('.');
        let t = if t == "-0" { "0" } else { t };
        assert_eq!(fixed(x, 2), t, "{x}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any text in any data field comes out escaped inside well-formed markup.
    #[test]
    fn any_text_stays_text(name in ".*", region in ".*", unit in ".*", note in ".*", q in ".*") {
        let mut set = fixture();
        let p = &mut set.plans[0];
        p.region = region;
        let ind = &mut p.indicators[0];
        ind.name = name;
        ind.unit = Some(unit);
        ind.actuals[0].note = Some(note);
        let m = TableModel::new(&set, None, None).unwrap();
        let f = Filter { text: q, ..Filter::default() };
        let ids = m.visible(&f, Sort::parse("name"));
        check_markup(&m.shell(&f, None, Lang::Hans));
        check_markup(&m.rows_html(&ids, Lang::Hans));
        let g = gauge(&set, &spec("zibo-ip-2021-2025", "hv"), Lang::Hans).unwrap();
        check_markup(&g);
        proptest::prop_assert_eq!(check_meters(&g), 1);
        check_markup(&compare(&set, "high_value_invention_patents_per_10k", None, Lang::Hant).unwrap());
        let csv = m.csv(&ids);
        const BOM: char = '\u{feff}';
        proptest::prop_assert!(csv.starts_with(BOM));
    }
}

/// A tiny deterministic PRNG (xorshift64*) for the random query sequences below.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

#[test]
fn narrowing_equals_a_full_filter_for_random_typing() {
    // The fixture six times over: narrowing scans rows one by one when few are left and
    // all the text at once when many are; both paths are taken.
    let mut set = fixture();
    let plans = set.plans.clone();
    for k in 1..6 {
        for p in &plans {
            let mut p = p.clone();
            p.id = format!("{}-{k}", p.id);
            set.plans.push(p);
        }
    }
    let m = TableModel::new(&set, None, None).unwrap();
    // Characters the rows contain (so that queries keep matching for a while), plus
    // full-width and upper-case letters, a space and a full-width space.
    let mut alphabet: Vec<char> = "专利商标静海淄博质押高价值全国ＶvaLiD_ 　x"
        .chars()
        .collect();
    for p in &set.plans {
        alphabet.extend(p.region.chars());
        for i in &p.indicators {
            alphabet.extend(i.name.chars().take(6));
        }
    }
    let choices = [
        "",
        "category=creation&",
        "region=淄博市&",
        "status=no_data&",
    ];
    let sorts = [None, Sort::parse("name"), Sort::parse("-progress")];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut narrowed, mut kept_order) = (0, 0);
    for _ in 0..400 {
        let sort = sorts[rng.below(sorts.len())];
        let mut choice = choices[rng.below(choices.len())];
        let mut text = String::new();
        let mut prev = Filter::default();
        let mut prev_ids = m.visible(&prev, sort);
        for _ in 0..12 {
            match rng.below(10) {
                0..=5 => text.push(alphabet[rng.below(alphabet.len())]),
                6 | 7 => {
                    text.pop();
                }
                8 => text.insert(0, alphabet[rng.below(alphabet.len())]),
                _ => choice = choices[rng.below(choices.len())],
            }
            let f = Filter::from_query(&format!("{choice}q={}", encode(&text)));
            let full = m.visible(&f, sort);
            let ids = match m.narrow(&prev, &prev_ids, &f) {
                Some(ids) => {
                    narrowed += 1;
                    kept_order += usize::from(ids.len() > 1);
                    ids
                }
                None => full.clone(),
            };
            assert_eq!(ids, full, "{prev:?} → {f:?}, sort {sort:?}");
            (prev, prev_ids) = (f, ids);
        }
    }
    // The sequences exercise the narrowing path, also with several rows to keep in order.
    assert!(
        narrowed > 1000 && kept_order > 100,
        "{narrowed} {kept_order}"
    );
}

#[test]
fn narrowing_refuses_what_could_widen() {
    let set = fixture();
    let m = TableModel::new(&set, None, None).unwrap();
    let f = |q: &str| Filter::from_query(q);
    let ids = m.visible(&f("q=专利"), None);
    assert!(m.narrow(&f("q=专利"), &ids, &f("q=专")).is_none());
    assert!(m.narrow(&f("q=专利"), &ids, &f("q=商标")).is_none());
    assert!(m
        .narrow(&f("q=专利"), &ids, &f("q=专利&category=creation"))
        .is_none());
    assert!(m
        .narrow(&f("category=creation&q=专利"), &ids, &f("q=专利权"))
        .is_none());
    // Extending, prefixing and adding a term narrow.
    assert!(m.narrow(&f("q=专利"), &ids, &f("q=发明专利")).is_some());
    assert!(m.narrow(&f("q=专利"), &ids, &f("q=专利 静海")).is_some());
    let all = m.visible(&f(""), None);
    assert_eq!(m.narrow(&f(""), &all, &f("q=专利")), Some(ids));
}

/// The benchmark's first keystrokes on its 100,000-row data (after `scripts/bench.sh`):
/// `cargo test --release --test view -- --ignored --nocapture first_keystrokes`
#[test]
#[ignore]
fn first_keystrokes_on_bench_data() {
    let Ok(text) = std::fs::read_to_string("www/bench/tmp/plans-100000.json") else {
        eprintln!("no bench data: run scripts/bench.sh first");
        return;
    };
    let set = load_plan_set(&text).value;
    let m = TableModel::new(&set, None, None).unwrap();
    let all = m.visible(&Filter::default(), None);
    for q in ["发", "商", "p", "山", "高"] {
        let f = Filter::from_query(&format!("q={}", encode(q)));
        let t = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            n = m
                .narrow(&Filter::default(), &all, &f)
                .map_or(0, |v| v.len());
        }
        let narrow = t.elapsed() / 20;
        let t = std::time::Instant::now();
        for _ in 0..20 {
            n = m.visible(&f, None).len();
        }
        println!(
            "{q}: {n} rows, narrow from all {narrow:?}, visible {:?}",
            t.elapsed() / 20
        );
    }
}

/// A negative growth target (比上年缩短10% → −10 %, `<=`) reads as a fall in the table.
#[test]
fn negative_growth_reads_as_a_fall() {
    let json = r#"{"version":1,"plans":[{"id":"p","title":"某市知识产权“十五五”规划","region":"某市",
      "level":"city","issuer":null,"doc_number":null,"issued":null,"period":[2026,2030],"indicators":[
      {"id":"d","name":"商标侵权案件平均办案周期","key":null,"category":"protection","unit":"%",
       "baseline":null,"targets":[],"growth":{"annual_rate_pct":-10,"op":"<="},"cumulative":false,
       "per_year":false,"attribute":null,"source":null,"actuals":[]}]}]}"#;
    let loaded = load_plan_set(json);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let m = TableModel::new(&loaded.value, None, None).unwrap();
    let html = m.static_html(&Filter::default(), None, Lang::Hans);
    assert!(html.contains("年均下降≥10%"), "{html}");
    assert!(!html.contains("-10"), "{html}");
}
