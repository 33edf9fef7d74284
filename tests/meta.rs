//! Plan metadata: the seeds against the gold header fields, and invented headers.

use planmeter::parse::meta::{extract, Meta};
use planmeter::Level;
use std::path::{Path, PathBuf};

/// The gold directory: `../shared/gold` beside the repository (also tried one level up,
/// for a worktree nested under the checkout's parent).
fn gold_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for rel in ["../shared/gold", "../../shared/gold"] {
        let p = root.join(rel);
        if p.is_dir() {
            return p;
        }
    }
    panic!("gold annotations not found at ../shared/gold");
}

/// Removes what score.py ignores when comparing title, region and document number.
fn loose(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !"“”\"'‘’《》〈〉「」『』【】[]（）()〔〕,，、;；:：.。·•-—–_/".contains(*c)
        })
        .collect()
}

fn opt(v: &serde_json::Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// Compares one seed's metadata with its gold file; returns the mismatches.
fn compare(name: &str, meta: &Meta, gold: &serde_json::Value) -> Vec<String> {
    let mut bad = Vec::new();
    let mut check = |field: &str, ok: bool, got: String, want: String| {
        if !ok {
            bad.push(format!("{name} {field}: got {got}, want {want}"));
        }
    };
    let g_title = gold["title"].as_str().unwrap_or_default();
    check(
        "title",
        loose(&meta.title) == loose(g_title),
        meta.title.clone(),
        g_title.into(),
    );
    let g_region = gold["region"].as_str().unwrap_or_default();
    check(
        "region",
        loose(&meta.region) == loose(g_region),
        meta.region.clone(),
        g_region.into(),
    );
    let g_level = gold["level"].as_str().unwrap_or_default();
    check(
        "level",
        meta.level.as_str() == g_level,
        meta.level.as_str().into(),
        g_level.into(),
    );
    let g_doc = opt(&gold["doc_number"]);
    let doc_ok = meta.doc_number.as_deref().map(loose) == g_doc.as_deref().map(loose);
    check(
        "doc_number",
        doc_ok,
        format!("{:?}", meta.doc_number),
        format!("{g_doc:?}"),
    );
    let g_issued = opt(&gold["issued"]);
    check(
        "issued",
        meta.issued == g_issued,
        format!("{:?}", meta.issued),
        format!("{g_issued:?}"),
    );
    let g_period = gold["period"]
        .as_array()
        .and_then(|a| Some((a.first()?.as_i64()? as i32, a.get(1)?.as_i64()? as i32)));
    check(
        "period",
        meta.period == g_period,
        format!("{:?}", meta.period),
        format!("{g_period:?}"),
    );
    let g_issuer = opt(&gold["issuer"]);
    check(
        "issuer",
        meta.issuer == g_issuer,
        format!("{:?}", meta.issuer),
        format!("{g_issuer:?}"),
    );
    bad
}

#[test]
fn seeds_match_gold_header_fields() {
    let gold = gold_dir();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&gold)
        .expect("read gold dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "expected the five gold files");
    let mut bad = Vec::new();
    for g in &files {
        let stem = g.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let text = std::fs::read_to_string(seeds.join(format!("{stem}.txt"))).expect("seed text");
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(g).expect("gold")).expect("gold json");
        let meta = extract(&text);
        bad.extend(compare(stem, &meta, &gold));
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// Invented header snippets: (text, title, region, level, issuer, doc_number, issued, period)
struct Case {
    text: &'static str,
    title: &'static str,
    region: &'static str,
    level: Level,
    issuer: Option<&'static str>,
    doc_number: Option<&'static str>,
    issued: Option<&'static str>,
    period: Option<(i32, i32)>,
}

const CASES: &[Case] = &[
    // A prefecture-level city: notice, 文号, signature, 十四五.
    Case {
        text: "首页 > 政务公开\n\n洛川市人民政府办公室\n\n关于印发洛川市知识产权“十四五”规划的通知\n\n洛政办发〔2022〕7号\n\n各县（市、区）人民政府，市政府各部门：\n\n《洛川市知识产权“十四五”规划》已经市政府同意，现印发给你们。\n\n洛川市人民政府办公室\n\n2022年3月8日\n\n洛川市知识产权“十四五”规划\n\n一、发展基础\n",
        title: "洛川市知识产权“十四五”规划",
        region: "洛川市",
        level: Level::City,
        issuer: Some("洛川市人民政府办公室"),
        doc_number: Some("洛政办发〔2022〕7号"),
        issued: Some("2022-03-08"),
        period: Some((2021, 2025)),
    },
    // A province with an info-disclosure header table and page dates to ignore.
    Case {
        text: "2022年5月6日 星期五\n无障碍 简体|繁体\n名    称 :\n湖川省人民政府关于印发湖川省知识产权保护和运用规划（2021—2025年）的通知\n索 引 号 :\n000013338/2022-00012\n发 布 机 构 :\n湖川省人民政府\n发 文 字 号 :\n湖政发〔2022〕5号\n成 文 日 期 :\n2022年04月28日\n发布日期：2022-05-06 浏览次数：1234\n\n湖川省知识产权保护和运用规划（2021—2025年）\n\n为深入实施知识产权强国战略……\n",
        title: "湖川省知识产权保护和运用规划（2021—2025年）",
        region: "湖川省",
        level: Level::Province,
        issuer: Some("湖川省人民政府"),
        doc_number: Some("湖政发〔2022〕5号"),
        issued: Some("2022-04-28"),
        period: Some((2021, 2025)),
    },
    // An autonomous region, no notice at all (a repost), posting date only.
    Case {
        text: "团队动态\n\n当前位置: 首页 -> 正文\n\n广西壮族自治区知识产权事业发展“十四五”规划\n\n发布日期:2022-04-21 浏览次数:\n\n为认真贯彻落实党中央决策部署，根据《某某规划》，特制定本规划。\n",
        title: "广西壮族自治区知识产权事业发展“十四五”规划",
        region: "广西壮族自治区",
        level: Level::Province,
        issuer: None,
        doc_number: None,
        issued: None,
        period: Some((2021, 2025)),
    },
    // An autonomous prefecture (自治州 → city level), Chinese-numeral signature date.
    Case {
        text: "恩山土家族苗族自治州人民政府\n关于印发恩山土家族苗族自治州知识产权强州建设实施方案的通知\n恩山州政发〔2021〕12号\n各县市人民政府，州政府各部门：\n现将《恩山土家族苗族自治州知识产权强州建设实施方案》印发给你们。\n恩山土家族苗族自治州人民政府\n二〇二一年十一月二十三日\n恩山土家族苗族自治州知识产权强州建设实施方案\n到2025年，全州发明专利拥有量达到1000件。\n",
        title: "恩山土家族苗族自治州知识产权强州建设实施方案",
        region: "恩山土家族苗族自治州",
        level: Level::City,
        issuer: Some("恩山土家族苗族自治州人民政府"),
        doc_number: Some("恩山州政发〔2021〕12号"),
        issued: Some("2021-11-23"),
        period: Some((2021, 2025)),
    },
    // A county; the signature comes after the plan; date with lost 年/月 characters.
    Case {
        text: "平乐县知识产权三年行动计划\n\n一、工作目标\n到2024年，全县有效发明专利达到50件。\n\n平乐县人民政府\n\n20220315日\n",
        title: "平乐县知识产权三年行动计划",
        region: "平乐县",
        level: Level::County,
        issuer: Some("平乐县人民政府"),
        doc_number: None,
        issued: Some("2022-03-15"),
        period: Some((2022, 2024)),
    },
    // A district of a 直辖市; the signature date lost its day.
    Case {
        text: "上海市松林区人民政府关于\n\n印发上海市松林区知识产权十四五规划的通知\n\n松林府发〔2021〕30号\n\n上海市松林区人民政府\n\n20219\n\n上海市松林区知识产权十四五规划\n",
        title: "上海市松林区知识产权十四五规划",
        region: "上海市松林区",
        level: Level::District,
        issuer: Some("上海市松林区人民政府"),
        doc_number: Some("松林府发〔2021〕30号"),
        issued: None,
        period: Some((2021, 2025)),
    },
    // A county-level city: 乡镇 addressees and 县域 vocabulary; shortened issuer.
    Case {
        text: "市人民政府办公室关于印发青岩市知识产权强县工程实施方案的通知\n各乡镇人民政府、街道办事处，市政府各部门：\n《青岩市知识产权强县工程实施方案》已经市人民政府同意，现印发给你们。\n青岩市人民政府办公室\n2020年6月1日\n青岩市知识产权强县工程实施方案\n推进县域知识产权工作，打造示范县。到2022年，县域发明专利拥有量达到100件。\n",
        title: "青岩市知识产权强县工程实施方案",
        region: "青岩市",
        level: Level::County,
        issuer: Some("青岩市人民政府办公室"),
        doc_number: None,
        issued: Some("2020-06-01"),
        period: Some((2020, 2022)),
    },
    // Traditional characters throughout.
    Case {
        text: "關於印發嘉禾縣知識產權發展規劃（2021—2025年）的通知\n嘉政發〔2021〕8號\n各鄉鎮人民政府：\n現將《嘉禾縣知識產權發展規劃（2021—2025年）》印發給你們。\n嘉禾縣人民政府\n2021年9月30日\n",
        title: "嘉禾縣知識產權發展規劃（2021—2025年）",
        region: "嘉禾縣",
        level: Level::County,
        issuer: Some("嘉禾縣人民政府"),
        doc_number: Some("嘉政發〔2021〕8號"),
        issued: Some("2021-09-30"),
        period: Some((2021, 2025)),
    },
    // A 旗 (county level) in a 盟; period stated in the text.
    Case {
        text: "达拉旗知识产权保护工作方案\n\n规划期为2022—2026年。\n\n达拉旗人民政府办公室\n\n2022年1月5日\n",
        title: "达拉旗知识产权保护工作方案",
        region: "达拉旗",
        level: Level::County,
        issuer: Some("达拉旗人民政府办公室"),
        doc_number: None,
        issued: Some("2022-01-05"),
        period: Some((2022, 2026)),
    },
    // A national plan.
    Case {
        text: "国务院关于印发“十四五”国家知识产权保护和运用规划的通知\n国发〔2021〕20号\n各省、自治区、直辖市人民政府：\n现将《“十四五”国家知识产权保护和运用规划》印发给你们。\n国务院\n2021年10月9日\n",
        title: "“十四五”国家知识产权保护和运用规划",
        region: "全国",
        level: Level::National,
        issuer: Some("国务院"),
        doc_number: Some("国发〔2021〕20号"),
        issued: Some("2021-10-09"),
        period: Some((2021, 2025)),
    },
    // A 地区 (prefecture level) with a bracketed doc number in square brackets.
    Case {
        text: "阿山地区行政公署关于印发阿山地区知识产权强地区实施方案的通知\n阿行署发[2019]15号\n阿山地区行政公署\n2019年7月2日\n阿山地区知识产权强地区实施方案\n到2021年，……\n",
        title: "阿山地区知识产权强地区实施方案",
        region: "阿山地区",
        level: Level::City,
        issuer: Some("阿山地区行政公署"),
        doc_number: Some("阿行署发[2019]15号"),
        issued: Some("2019-07-02"),
        period: Some((2019, 2021)),
    },
    // A district named in the title only by its district name; issuer gives the city.
    Case {
        text: "发布机构：\n宁川市西湖区人民政府\n发文字号：\n西政发（2021）3号\n成文日期：\n2021-08-16\n\n西湖区知识产权“十四五”发展规划\n",
        title: "西湖区知识产权“十四五”发展规划",
        region: "宁川市西湖区",
        level: Level::District,
        issuer: Some("宁川市西湖区人民政府"),
        doc_number: Some("西政发（2021）3号"),
        issued: Some("2021-08-16"),
        period: Some((2021, 2025)),
    },
    // Missing everything but a heading: no panic, empty fields.
    Case {
        text: "知识产权工作要点\n\n一、总体要求\n",
        title: "知识产权工作要点",
        region: "",
        level: Level::City,
        issuer: None,
        doc_number: None,
        issued: None,
        period: None,
    },
    // A county-level city under a named prefecture city in the title.
    Case {
        text: "宜平市丰林市知识产权示范城市建设方案（2023-2025年）\n",
        title: "宜平市丰林市知识产权示范城市建设方案（2023-2025年）",
        region: "宜平市丰林市",
        level: Level::County,
        issuer: None,
        doc_number: None,
        issued: None,
        period: Some((2023, 2025)),
    },
    // A 十三五 plan of a province; the doc number from a 文号 header on one line.
    Case {
        text: "文号：川政办发〔2017〕58号\n\n川东省知识产权“十三五”规划\n\n川东省人民政府办公厅\n\n2017年5月4日\n",
        title: "川东省知识产权“十三五”规划",
        region: "川东省",
        level: Level::Province,
        issuer: Some("川东省人民政府办公厅"),
        doc_number: Some("川政办发〔2017〕58号"),
        issued: Some("2017-05-04"),
        period: Some((2016, 2020)),
    },
    // A county-level 市 whose notice addresses 区县 would read as prefecture level: here
    // a prefecture city whose text mentions 县域 once but addresses 各县区.
    Case {
        text: "关于印发石门市知识产权“十四五”规划的通知\n各县区人民政府，市直各部门：\n现将《石门市知识产权“十四五”规划》印发给你们。\n石门市人民政府\n2021年12月1日\n推动县域经济发展。各县区要落实。\n",
        title: "石门市知识产权“十四五”规划",
        region: "石门市",
        level: Level::City,
        issuer: Some("石门市人民政府"),
        doc_number: None,
        issued: Some("2021-12-01"),
        period: Some((2021, 2025)),
    },
    // A Hanweb-style header with several cells on one line; 来源 gives nothing extra.
    Case {
        text: "索引号：1234/2021-0001    发布机构：长丰县人民政府    发文字号：长政〔2021〕9号\n成文日期：2021年5月6日    发布日期：2021-05-10\n\n长丰县知识产权“十四五”规划\n",
        title: "长丰县知识产权“十四五”规划",
        region: "长丰县",
        level: Level::County,
        issuer: Some("长丰县人民政府"),
        doc_number: Some("长政〔2021〕9号"),
        issued: Some("2021-05-06"),
        period: Some((2021, 2025)),
    },
    // A title split over two lines, no notice; organ and date on one signature line;
    // the period from the 十三五 the text names.
    Case {
        text: "欢迎访问\n湖川省建设特色型知识产权强省\n\n试点省实施方案\n\n为贯彻落实国务院要求，现印发给你们。\n“十三五”期间，……“十三五”时期……\n\n湖川省人民政府办公厅  2017年3月2日\n",
        title: "湖川省建设特色型知识产权强省试点省实施方案",
        region: "湖川省",
        level: Level::Province,
        issuer: Some("湖川省人民政府办公厅"),
        doc_number: None,
        issued: Some("2017-03-02"),
        period: Some((2016, 2020)),
    },
    // 三年行动 with no target year: the years run from the issue year; 来源 as issuer.
    Case {
        text: "来源：青山区人民政府\n发布时间：2022-02-03\n成文日期：2022-01-20\n青山区知识产权保护三年行动方案\n一、目标\n",
        title: "青山区知识产权保护三年行动方案",
        region: "青山区",
        level: Level::District,
        issuer: Some("青山区人民政府"),
        doc_number: None,
        issued: Some("2022-01-20"),
        period: Some((2022, 2024)),
    },
    // No issue date, no target year: no period is guessed. 全州县 is a place.
    Case {
        text: "全州县知识产权保护三年行动方案\n发布时间：2022-02-03\n",
        title: "全州县知识产权保护三年行动方案",
        region: "全州县",
        level: Level::County,
        issuer: None,
        doc_number: None,
        issued: None,
        period: None,
    },
    // 嘉峪关市-style names keep their 关; a city under a province in the title.
    Case {
        text: "河西省嘉岭关市知识产权“十四五”规划\n各区人民政府：\n",
        title: "河西省嘉岭关市知识产权“十四五”规划",
        region: "河西省嘉岭关市",
        level: Level::City,
        issuer: None,
        doc_number: None,
        issued: None,
        period: Some((2021, 2025)),
    },
    // gov.cn-style header with ideographic spaces inside the labels.
    Case {
        text: "标\u{3000}\u{3000}题： 国务院关于印发“十四五”国家知识产权保护和运用规划的通知\n发文机关： 国务院\n发文字号： 国发〔2021〕20号\n成文日期： 2021年10月09日\n发布日期： 2021年10月28日\n",
        title: "“十四五”国家知识产权保护和运用规划",
        region: "全国",
        level: Level::National,
        issuer: Some("国务院"),
        doc_number: Some("国发〔2021〕20号"),
        issued: Some("2021-10-09"),
        period: Some((2021, 2025)),
    },
    // A page header with the site date on its own line; a 《》-wrapped heading; the
    // signature at the very end.
    Case {
        text: "柳河市人民政府\n2024年1月2日\n《柳河市知识产权保护和运用规划（2023—2027年）》\n一、总体要求\n……\n柳河市人民政府\n2023年11月30日\n",
        title: "柳河市知识产权保护和运用规划（2023—2027年）",
        region: "柳河市",
        level: Level::City,
        issuer: Some("柳河市人民政府"),
        doc_number: None,
        issued: Some("2023-11-30"),
        period: Some((2023, 2027)),
    },
    // An older provincial notice: 省政府 as issuer, the date beside the document number.
    Case {
        text: "省政府关于印发江淮省知识产权战略纲要的通知\n淮政发〔2009〕1号 2009年1月5日\n各市、县人民政府，省各委、办、厅、局：\n《江淮省知识产权战略纲要》已经省政府常务会议批准，现予印发，请认真组织实施。\n江淮省知识产权战略纲要\n为贯彻实施《国家知识产权战略纲要》……\n",
        title: "江淮省知识产权战略纲要",
        region: "江淮省",
        level: Level::Province,
        issuer: Some("江淮省政府"),
        doc_number: Some("淮政发〔2009〕1号"),
        issued: Some("2009-01-05"),
        period: None,
    },
    // A flattened page in traditional characters: the whole notice on one line.
    Case {
        text: "首頁 | 政策 \n國務院關於印發“十四五”國家知識產權保護和運用規劃的通知 國發〔2021〕20號 各省、自治區、直轄市人民政府: 現將《“十四五”國家知識產權保護和運用規劃》印發給你們,請認真貫徹執行。 國務院 2021年10月9日 (此件公開發布) “十四五”國家知識產權保護和運用規劃 為貫徹落實黨中央、國務院……依據《知識產權強國建設綱要(2021—2035年)》(國發〔2021〕1號),制定本規劃。\n",
        title: "“十四五”國家知識產權保護和運用規劃",
        region: "全国",
        level: Level::National,
        issuer: Some("國務院"),
        doc_number: Some("國發〔2021〕20號"),
        issued: Some("2021-10-09"),
        period: Some((2021, 2025)),
    },
    // A yearly work plan: a leading year is skipped for the place and is the period.
    Case {
        text: "2022年松江县知识产权工作要点\n一、……\n",
        title: "2022年松江县知识产权工作要点",
        region: "松江县",
        level: Level::County,
        issuer: None,
        doc_number: None,
        issued: None,
        period: Some((2022, 2022)),
    },
    // A joint 意见 of the party committee and the government: one place, city level; its
    // quantified 2035 targets end the period.
    Case {
        text: "首页>市委市政府文件\n\n中共临川市委 临川市人民政府关于推进知识产权强市建设的意见\n\n（2023年4月2日）\n\n各县（市、区）党委和人民政府：\n\n一、主要目标\n到2027年，有效发明专利达到9000件。到2035年，有效发明专利达到2万件，每万人口高价值发明专利拥有量达到25件。\n",
        title: "中共临川市委临川市人民政府关于推进知识产权强市建设的意见",
        region: "临川市",
        level: Level::City,
        issuer: Some("中共临川市委 临川市人民政府"),
        doc_number: None,
        issued: Some("2023-04-02"),
        period: Some((2023, 2035)),
    },
    // A page flattened onto one line: the 文号 label is not part of the number.
    Case {
        text: "首页 > 政务公开 索引号：113303/2022-00123 发布机构：松阳县人民政府办公室 成文日期：2022-04-15 文号：松政办发〔2022〕18号 松阳县人民政府办公室关于印发松阳县知识产权“十四五”规划的通知 各乡镇人民政府：现印发给你们。 松阳县人民政府办公室 2022年4月15日 松阳县知识产权“十四五”规划 一、发展基础",
        title: "松阳县知识产权“十四五”规划",
        region: "松阳县",
        level: Level::County,
        issuer: Some("松阳县人民政府办公室"),
        doc_number: Some("松政办发〔2022〕18号"),
        issued: Some("2022-04-15"),
        period: Some((2021, 2025)),
    },
    // Flattened, with single blanks between the header fields and no title line.
    Case {
        text: "首页 > 政务公开 发布机构：丰宁县人民政府办公室 成文日期：2022-04-15 丰宁县人民政府办公室关于印发丰宁县知识产权“十四五”规划的通知 丰政办发〔2022〕18号 各乡镇人民政府：现印发给你们。 一、发展基础",
        title: "丰宁县知识产权“十四五”规划",
        region: "丰宁县",
        level: Level::County,
        issuer: Some("丰宁县人民政府办公室"),
        doc_number: Some("丰政办发〔2022〕18号"),
        issued: Some("2022-04-15"),
        period: Some((2021, 2025)),
    },
    // 若干措施: the period from its validity; a list of links to other notices below.
    Case {
        text: "洛川市人民政府\n\n洛川市人民政府办公室关于印发洛川市支持知识产权高质量发展若干措施的通知\n\n洛政办发〔2026〕9号\n\n洛川市人民政府办公室\n2026年4月17日\n\n洛川市支持知识产权高质量发展若干措施\n\n到2028年，全市每万人口高价值发明专利拥有量达到9件。\n\n14.本措施自2026年5月1日起施行，有效期至2028年12月31日。\n\n相关链接：\n· 洛川市人民政府办公室关于印发2025年洛川市知识产权工作要点的通知　2025-03-18\n",
        title: "洛川市支持知识产权高质量发展若干措施",
        region: "洛川市",
        level: Level::City,
        issuer: Some("洛川市人民政府办公室"),
        doc_number: Some("洛政办发〔2026〕9号"),
        issued: Some("2026-04-17"),
        period: Some((2026, 2028)),
    },
    // A county-level city: 强县建设 and a notice to 各镇(乡) (no gazetteer needed).
    Case {
        text: "洛水市人民政府办公室关于印发洛水市知识产权强县建设三年行动方案(2022—2024年)的通知\n\n各镇(乡)人民政府、街道办事处,市政府各工作部门:\n\n洛水市人民政府办公室\n2022年7月1日\n\n洛水市知识产权强县建设三年行动方案(2022—2024年)\n\n到2024年，全市有效发明专利达到300件。\n",
        title: "洛水市知识产权强县建设三年行动方案(2022—2024年)",
        region: "洛水市",
        level: Level::County,
        issuer: Some("洛水市人民政府办公室"),
        doc_number: None,
        issued: Some("2022-07-01"),
        period: Some((2022, 2024)),
    },
    // A county-level city addressing 各镇人民政府 (a 规划 with 县域 words elsewhere too).
    Case {
        text: "江平市人民政府办公室关于印发江平市商标品牌发展行动方案（2026—2030年）的通知\n\n各镇人民政府，市直各有关单位：\n\n江平市人民政府办公室\n2026年3月2日\n\n江平市商标品牌发展行动方案（2026—2030年）\n\n到2030年，全市有效注册商标量达到3万件。\n",
        title: "江平市商标品牌发展行动方案（2026—2030年）",
        region: "江平市",
        level: Level::County,
        issuer: Some("江平市人民政府办公室"),
        doc_number: None,
        issued: Some("2026-03-02"),
        period: Some((2026, 2030)),
    },
    // A notice to 各县（市）区人民政府: prefecture level, despite 强县 and 示范县 twice.
    Case {
        text: "榕江市人民政府办公厅关于印发榕江市知识产权强市建设行动方案（2026—2028年）的通知\n\n各县（市）区人民政府，高新区管委会，市直各委、办、局：\n\n榕江市人民政府办公厅\n2026年4月8日\n\n榕江市知识产权强市建设行动方案（2026—2028年）\n\n支持县（市）区创建国家知识产权强县建设示范县，培育强县、示范县。到2028年，全市有效发明专利达到5万件。\n",
        title: "榕江市知识产权强市建设行动方案（2026—2028年）",
        region: "榕江市",
        level: Level::City,
        issuer: Some("榕江市人民政府办公厅"),
        doc_number: None,
        issued: Some("2026-04-08"),
        period: Some((2026, 2028)),
    },
    // A sub-provincial city whose notice goes to 各区（市）县: prefecture level, despite
    // 强县 and 示范县 in its text.
    Case {
        text: "锦原市人民政府办公厅关于印发锦原市知识产权“十五五”规划的通知\n\n各区（市）县政府，市政府各部门：\n\n锦原市人民政府办公厅\n2026年5月26日\n\n锦原市知识产权“十五五”规划\n\n支持区（市）县创建知识产权强县、示范县。到2030年，全市有效发明专利达到15万件。\n",
        title: "锦原市知识产权“十五五”规划",
        region: "锦原市",
        level: Level::City,
        issuer: Some("锦原市人民政府办公厅"),
        doc_number: None,
        issued: Some("2026-05-26"),
        period: Some((2026, 2030)),
    },
    // A legal database's copy: bracketed labels (【发文字号】), dotted dates.
    Case {
        text: "法规库\n【标题】江东省人民政府办公厅关于印发江东省知识产权发展“十四五”规划的通知\n【发布部门】江东省人民政府办公厅\n【发文字号】江政办发〔2021〕73号\n【发布日期】2021.12.06\n\n江东省人民政府办公厅\n2021年12月6日\n\n江东省知识产权发展“十四五”规划\n\n到2025年，全省有效发明专利达到15万件。\n",
        title: "江东省知识产权发展“十四五”规划",
        region: "江东省",
        level: Level::Province,
        issuer: Some("江东省人民政府办公厅"),
        doc_number: Some("江政办发〔2021〕73号"),
        issued: Some("2021-12-06"),
        period: Some((2021, 2025)),
    },
    // A .docx converted to Markdown: bold marks and a hard line break (`\`) after the
    // signature.
    Case {
        text: "**江北旗人民政府办公室文件**\n\n江政办发〔2026〕21号\n\n**江北旗人民政府办公室\\\n关于印发江北旗知识产权“十五五”发展规划的通知**\n\n各苏木镇人民政府：\n\n江北旗人民政府办公室\\\n2026年4月16日\n\n# 江北旗知识产权“十五五”发展规划\n\n到2030年，全旗有效发明专利达到600件。\n",
        title: "江北旗知识产权“十五五”发展规划",
        region: "江北旗",
        level: Level::County,
        issuer: Some("江北旗人民政府办公室"),
        doc_number: Some("江政办发〔2026〕21号"),
        issued: Some("2026-04-16"),
        period: Some((2026, 2030)),
    },
    // A title that cites the 纲要 with its years: the plan's own span is stated in the text
    // (重点部署2022—2025年工作任务); the cited title keeps its 《》 (〈〉 in the notice).
    // A notice to 各市（县）、区 is a prefecture-level city's, 强县 in its text or not.
    Case {
        text: "南川市人民政府关于印发南川市贯彻落实《知识产权强国建设纲要（2021—2035年）》实施方案的通知\n\n各市（县）、区人民政府：\n\n《南川市贯彻落实〈知识产权强国建设纲要（2021—2035年）〉实施方案》已经市政府同意。\n\n南川市人民政府\n2022年6月1日\n\n南川市贯彻落实《知识产权强国建设纲要（2021—2035年）》实施方案\n\n本实施方案重点部署2022—2025年工作任务，并展望到2035年。支持创建知识产权强县。到2025年，全市有效发明专利达到3万件。\n",
        title: "南川市贯彻落实《知识产权强国建设纲要（2021—2035年）》实施方案",
        region: "南川市",
        level: Level::City,
        issuer: Some("南川市人民政府"),
        doc_number: None,
        issued: Some("2022-06-01"),
        period: Some((2022, 2025)),
    },
    // A header field names the body shortly; the notice and signature name it fully.
    Case {
        text: "洛川市洛南区人民政府\n发布机构：洛南区人民政府办公室\n\n洛川市洛南区人民政府办公室关于印发洛南区知识产权强区建设实施方案（2021—2025年）的通知\n\n洛川市洛南区人民政府办公室\n2021年9月1日\n\n洛南区知识产权强区建设实施方案（2021—2025年）\n\n到2025年，全区有效发明专利达到3000件。\n",
        title: "洛南区知识产权强区建设实施方案（2021—2025年）",
        region: "洛川市洛南区",
        level: Level::District,
        issuer: Some("洛川市洛南区人民政府办公室"),
        doc_number: None,
        issued: Some("2021-09-01"),
        period: Some((2021, 2025)),
    },
    // A yearly 重点任务分工 is a plan of that year, though it cites the 十五五 规划.
    Case {
        text: "松江市人民政府办公室\n关于印发松江市2026年知识产权强市建设重点任务分工的通知\n\n各县区人民政府：\n\n《松江市2026年知识产权强市建设重点任务分工》已经市政府同意。\n\n松江市人民政府办公室\n2026年3月6日\n\n松江市2026年知识产权强市建设重点任务分工\n\n《松江市知识产权“十五五”规划》确定，到2030年全市有效发明专利达到2万件。\n\n相关文件：\n松江市知识产权“十五五”规划\n",
        title: "松江市2026年知识产权强市建设重点任务分工",
        region: "松江市",
        level: Level::City,
        issuer: Some("松江市人民政府办公室"),
        doc_number: None,
        issued: Some("2026-03-06"),
        period: Some((2026, 2026)),
    },
    // A development zone is a district, named alone or by its city; a header field ends
    // at a bar (发文字号：…｜信息类别：…).
    Case {
        text: "发文字号：杭开管〔2026〕3号｜信息类别：规划计划｜公开方式：主动公开\n\n萧山经济技术开发区知识产权“十五五”规划\n\n到2030年，有效发明专利拥有量达到9000件。\n",
        title: "萧山经济技术开发区知识产权“十五五”规划",
        region: "萧山经济技术开发区",
        level: Level::District,
        issuer: None,
        doc_number: Some("杭开管〔2026〕3号"),
        issued: None,
        period: Some((2026, 2030)),
    },
    Case {
        text: "某市经济技术开发区知识产权发展规划（2026—2030年）\n\n到2030年，有效发明专利拥有量达到900件。\n",
        title: "某市经济技术开发区知识产权发展规划（2026—2030年）",
        region: "某市经济技术开发区",
        level: Level::District,
        issuer: None,
        doc_number: None,
        issued: None,
        period: Some((2026, 2030)),
    },
    // A mid-term review is titled by its report when its notice names no plan; its years
    // are those it sets targets for, not the reviewed plan's.
    Case {
        text: "某县人民政府\n关于印发《某县知识产权“十四五”规划中期评估报告》的通知\n\n各乡镇：\n\n《某县知识产权“十四五”规划中期评估报告》已经县政府同意，报告提出的2024—2027年推进目标请对照落实。\n\n某县人民政府\n2024年4月18日\n\n某县知识产权“十四五”规划中期评估报告\n\n到2027年，有效发明专利拥有量达到900件。\n",
        title: "某县知识产权“十四五”规划中期评估报告",
        region: "某县",
        level: Level::County,
        issuer: Some("某县人民政府"),
        doc_number: None,
        issued: Some("2024-04-18"),
        period: Some((2024, 2027)),
    },
    // A review with the next years' plan (实施情况总结和下一步工作计划): its years are those
    // of the targets it sets.
    Case {
        text: "某县知识产权“十四五”规划实施情况总结和下一步工作计划\n\n一、主要指标完成情况\n\n截至2025年底，有效发明专利拥有量1126件。\n\n三、2026—2027年工作目标\n\n有效发明专利拥有量突破1500件。\n",
        title: "某县知识产权“十四五”规划实施情况总结和下一步工作计划",
        region: "某县",
        level: Level::County,
        issuer: None,
        doc_number: None,
        issued: None,
        period: Some((2026, 2027)),
    },
    // A draft put out for comment: its notice (…意见的公告) is signed and dated like one that
    // issues a plan, and the draft's mark under the title belongs to it.
    Case {
        text: "关于公开征求《某县知识产权“十五五”规划（征求意见稿）》意见的公告\n\n现向社会公开征求意见。\n\n某县市场监督管理局\n2025年11月20日\n\n附件\n\n某县知识产权“十五五”规划\n（征求意见稿）\n\n到2030年，有效发明专利拥有量达到5000件。\n",
        title: "某县知识产权“十五五”规划（征求意见稿）",
        region: "某县",
        level: Level::County,
        issuer: Some("某县市场监督管理局"),
        doc_number: None,
        issued: Some("2025-11-20"),
        period: Some((2026, 2030)),
    },
    // A review's notice that names the plan to be written: that plan is the title.
    Case {
        text: "关于印发《某市知识产权“十四五”规划实施情况总结评估报告》的通知\n\n《某市知识产权“十四五”规划实施情况总结评估报告》已经审议通过，现印发给你们，将作为编制《某市知识产权“十五五”规划》的主要依据。\n\n到2030年，有效发明专利拥有量达到900件。\n",
        title: "某市知识产权“十五五”规划",
        region: "某市",
        level: Level::City,
        issuer: None,
        doc_number: None,
        issued: None,
        period: Some((2026, 2030)),
    },
    // No place anywhere: the level from the scope words the text uses most.
    Case {
        text: "知识产权强省建设实施方案\n全省上下……全省发明专利……全市\n",
        title: "知识产权强省建设实施方案",
        region: "",
        level: Level::Province,
        issuer: None,
        doc_number: None,
        issued: None,
        period: None,
    },
];

#[test]
fn invented_headers() {
    let mut bad = Vec::new();
    for (i, c) in CASES.iter().enumerate() {
        let m = extract(c.text);
        let want = (
            c.title.to_string(),
            c.region.to_string(),
            c.level,
            c.issuer.map(str::to_string),
            c.doc_number.map(str::to_string),
            c.issued.map(str::to_string),
            c.period,
        );
        let got = (
            m.title.clone(),
            m.region.clone(),
            m.level,
            m.issuer.clone(),
            m.doc_number.clone(),
            m.issued.clone(),
            m.period,
        );
        if got != want {
            bad.push(format!("case {i}:\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(CASES.len() >= 15);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn lost_signature_date_warns_with_a_span() {
    let text = "某某区人民政府关于印发某某区知识产权十四五规划的通知\n现将《某某区知识产权十四五规划》印发给你们。\n某某区人民政府\n\n20223\n\n某某区知识产权十四五规划\n";
    let m = extract(text);
    assert_eq!(m.issued, None);
    let d = m
        .diagnostics
        .iter()
        .find(|d| d.path == "meta.issued")
        .expect("a warning for the lost date");
    let (s, e) = d.span.expect("span");
    let quoted: String = text.chars().skip(s).take(e - s).collect();
    assert_eq!(quoted, "20223");
}

#[test]
fn every_diagnostic_has_a_span_and_nothing_panics() {
    let inputs = [
        "",
        "\n\n\n",
        "《",
        "关于印发",
        "关于印发《》的通知",
        "市",
        "2021—",
        "成文日期：",
        "发文字号：\n〔2021〕号",
        "十四",
        "第十",
        "某县人民政府\n二〇二一年十三月四十日\n",
        "20211123日",
    ];
    for t in inputs {
        let m = extract(t);
        assert!(m.diagnostics.iter().all(|d| d.span.is_some()), "{t:?}");
    }
}

#[test]
fn page_dates_are_not_issue_dates() {
    let text = "某市人民政府 2019年12月3日星期二\n发布日期：2022-04-21\n时间:2016-11-16\n某市知识产权十四五规划\n";
    assert_eq!(extract(text).issued, None);
}

mod fuzz {
    use super::*;
    use proptest::prelude::*;

    const TOKENS: &[&str] = &[
        "关于印发",
        "的通知",
        "《",
        "》",
        "市",
        "县",
        "区",
        "省",
        "自治区",
        "人民政府",
        "办公室",
        "\n",
        "\n\n",
        " ",
        "  ",
        "：",
        ":",
        "成文日期",
        "发布机构",
        "发文字号",
        "〔2021〕",
        "号",
        "2021年",
        "12月",
        "3日",
        "二〇二一年",
        "十一月",
        "十",
        "十四五",
        "规划",
        "方案",
        "到2025年",
        "20223",
        "20211123日",
        "三年行动",
        "(",
        "）",
        "—",
        "2021—2025年",
        "縣",
        "關於",
        "1",
        "印发给你们",
        "同意",
        "规划期为",
        "各乡镇",
        "县域",
        "区县",
        "国务院",
        "𝒳",
        "é",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn never_panics_and_spans_are_in_range(parts in proptest::collection::vec(0..TOKENS.len(), 0..40)) {
            let text: String = parts.iter().filter_map(|&i| TOKENS.get(i).copied()).collect();
            let n = text.chars().count();
            let m = extract(&text);
            for d in &m.diagnostics {
                let (s, e) = d.span.unwrap_or((usize::MAX, 0));
                prop_assert!(s <= e && e <= n, "{:?} in {:?}", d, text);
            }
            if let Some(i) = &m.issued {
                prop_assert_eq!(i.len(), 10);
            }
        }
    }

    #[test]
    fn seed_prefixes_never_panic() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&seeds)
            .expect("seeds dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).expect("seed");
            let chars: Vec<char> = text.chars().collect();
            for cut in (0..chars.len()).step_by(997) {
                let prefix: String = chars.iter().take(cut).collect();
                let _ = extract(&prefix);
            }
        }
    }
}

/// HTML left in a scraped page does not hide header lines: the date in
/// `<p style="text-align:right">…</p>` is still the issue date.
#[test]
fn header_fields_read_through_html_tags() {
    let text = "某市知识产权“十五五”规划\n\n到2030年，专利授权量达到5000件。\n\n\
                <p style=\"text-align:right\">某市人民政府</p>\n\
                <p style=\"text-align:right\">2026年10月27日</p>\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.issued.as_deref(), Some("2026-10-27"));
}

/// A document number on a line of its own after a label (文件编号：…) is the number only.
#[test]
fn doc_number_after_a_label() {
    let text = "某市知识产权“十五五”规划\n\n文件编号：某政办发〔2026〕58号\n\n到2030年，专利授权量达到5000件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(
        parsed.plan.doc_number.as_deref(),
        Some("某政办发〔2026〕58号")
    );
}

/// A plan for a city's parks in general (北海市产业园区…) is the city's: 产业园区 is no
/// place of its own. 各市（区） tells a prefecture addressing its county-level cities.
#[test]
fn generic_parks_and_prefecture_notices() {
    let text = "北湾市产业园区知识产权强园建设三年行动方案（2026—2028年）\n\n到2028年，园区有效发明专利达到500件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.region, "北湾市");
    assert_eq!(parsed.plan.level, planmeter::model::Level::City);
    let text = "2026年泰川市知识产权工作要点\n\n各市（区）知识产权局：现将工作要点印发给你们。请各市（区）支持强县建设，各市（区）对照强县标准推进。\n\n2026年，全市专利授权量达到5000件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.level, planmeter::model::Level::City);
}

/// A year's review and the next year's plan in one title: the plan's year is the later.
#[test]
fn review_and_plan_title_covers_the_planned_year() {
    let text =
        "兴川市2025年知识产权工作总结和2026年工作计划\n\n2026年，全市专利授权量达到5000件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.period, Some((2026, 2026)));
}

/// A notice to 各镇人民政府 outweighs a higher body's 各县（市、区） quoted in the text (a
/// county-level city); the prefecture-level cities without counties (东莞, 儋州) address
/// their towns too and stay cities.
#[test]
fn town_addressees() {
    let text = "泰川市人民政府办公室关于印发泰川市知识产权强市建设行动计划的通知\n\n各镇人民政府、街道办事处，市政府各部门：\n现印发给你们。\n\n上级方案对各县（市、区）的主要指标作出了分解。\n\n到2028年，全市有效发明专利达到900件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.level, planmeter::model::Level::County);
    let text = "儋州市人民政府办公室关于印发儋州市知识产权强市建设行动计划的通知\n\n各镇人民政府、市政府各部门：\n现印发给你们。\n\n到2028年，全市有效发明专利达到900件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.level, planmeter::model::Level::City);
}

/// A prefecture speaking to its county-level cities (各区、县级市人民政府, 每个县级市) is a
/// city, though 县级市 and 县域 are written.
#[test]
fn prefecture_of_county_level_cities() {
    let text = "泰川市人民政府办公室关于印发泰川市知识产权“十五五”规划的通知\n\n各区、县级市人民政府，市府直属各单位：\n现印发给你们。\n\n推进县域知识产权工作，县域创新能力提升，每个县级市至少设立1个工作站。\n\n到2030年，全市有效发明专利达到9000件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.level, planmeter::model::Level::City);
}

/// An OCR'd signature date with a zero for 〇 (二0二六年三月十二日) is the issue date.
#[test]
fn ocr_zero_in_a_chinese_date() {
    let text = "某市人民政府办公室关于印发某市专利产业化促进计划的通知\n\n各镇人民政府：\n现印发给你们。\n\n某市人民政府办公室\n二0二六年三月十二日\n\n到2027年，专利授权量达到500件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.issued.as_deref(), Some("2026-03-12"));
}

/// A report that encloses a review and next year's plan (…2025年工作总结及2026年工作打算)
/// and quotes the pilot's own 工作方案: the page's 名称 field names the plan.
#[test]
fn name_field_names_the_enclosed_plan() {
    let text = "名　　称：某县知识产权强县建设试点2025年工作总结及2026年工作打算\n\n某县市场监督管理局关于报送试点2025年工作总结的报告\n\n现将《某县知识产权强县建设试点工作方案（2023—2025年）》落实情况报告如下。\n\n附件：某县知识产权强县建设试点2025年工作总结及2026年工作打算\n\n某县知识产权强县建设试点2025年工作总结及2026年工作打算\n\n2026年，全县专利授权量达到2500件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(
        parsed.plan.title,
        "某县知识产权强县建设试点2025年工作总结及2026年工作打算"
    );
    assert_eq!(parsed.plan.period, Some((2026, 2026)));
}

/// One year's plan for carrying out a five-year plan (2025年…“十四五”规划实施推进计划)
/// covers that year, not the five; a five-year plan with its range stays five years.
#[test]
fn yearly_plan_of_a_five_year_plan() {
    let text = "某盟2025年知识产权强国建设纲要和“十四五”规划实施推进计划\n\n2024年，全盟专利授权量612件。\n\n2025年，全盟专利授权量达到700件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.period, Some((2025, 2025)));
    let text = "某市知识产权“十四五”规划（2021—2025年）实施推进计划\n\n到2025年，全市专利授权量达到700件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.period, Some((2021, 2025)));
}

/// A header drawn as a text table (│文　　号　│长府办发〔2024〕11号　│): the rules are no
/// part of the document number.
#[test]
fn doc_number_in_a_drawn_table() {
    let text = "┌──────┬──────────────┐\n│文　　号　│长府办发〔2024〕11号                  │\n└──────┴──────────────┘\n\n某区专利转化运用专项行动实施方案（2024—2026年）\n\n到2026年，专利开放许可达到300项。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(
        parsed.plan.doc_number.as_deref(),
        Some("长府办发〔2024〕11号")
    );
}

/// 市场 and 区域 are words, not a place's 市 or 区: 某市某区展会和专业市场…方案 is the
/// district's plan.
#[test]
fn market_is_no_city() {
    let text = "临江市北湖区展会和专业市场知识产权保护专项行动方案（2026—2027年）\n\n到2027年，驻会工作站达到10个。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.region, "临江市北湖区");
}

/// A page that reports on a plan (…规划中期评估报告, a heading of its own) is the report,
/// even when its body quotes the plan's title and links to it with a date.
#[test]
fn report_on_a_plan_is_the_title() {
    let text = "青川市知识产权“十四五”规划中期评估报告\n\n2021年11月，市人民政府印发《青川市知识产权“十四五”规划》，确定了到2025年的目标。\n\n到2025年，有效发明专利拥有量达到400件。\n\n相关链接：\n青川市知识产权“十四五”规划（2021-11-26）\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.title, "青川市知识产权“十四五”规划中期评估报告");
}

/// A notice that issues a task table (重点任务分解表) has that table as its title, not the
/// higher body's plan it carries out.
#[test]
fn task_table_is_a_title() {
    let text = "白云旗人民政府办公室\n关于印发白云旗知识产权强旗建设重点任务分解表（2026—2028年）的通知\n\n为贯彻落实《北山市知识产权强市建设三年行动方案（2026—2028年）》，现将分解表印发给你们。\n\n附件：白云旗知识产权强旗建设重点任务分解表（2026—2028年）\n";
    let parsed = planmeter::parse(text);
    assert_eq!(
        parsed.plan.title,
        "白云旗知识产权强旗建设重点任务分解表（2026—2028年）"
    );
    assert_eq!(parsed.plan.region, "白云旗");
}

/// A yearly monitoring report of a five-year plan (…规划2026年度实施监测报告) covers the plan's
/// years after the one monitored.
#[test]
fn monitoring_report_covers_the_years_after() {
    let text = "某区知识产权“十五五”规划2026年度实施监测报告\n\n到2030年，有效发明专利拥有量达到5000件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.period, Some((2027, 2030)));
}

/// A provincial development zone (南湖经济开发区) is a district-level region.
#[test]
fn economic_development_zone_is_a_region() {
    let text = "南湖经济开发区知识产权“十五五”规划\n\n到2030年，有效发明专利拥有量达到5000件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.region, "南湖经济开发区");
    assert_eq!(parsed.plan.level, planmeter::model::Level::District);
}

/// A plan two neighbours issue together (东林县、西山市…合作方案) names both as its region.
#[test]
fn joint_plan_names_both_places() {
    let text = "东林县人民政府办公室 西山市人民政府办公室关于印发《东林县、西山市知识产权协同保护合作方案（2026—2028年）》的通知\n\n到2028年，两地有效发明专利拥有量达到400件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.region, "东林县、西山市");
}

/// A year's work report (…中心2026年度工作报告) that ends with the next year's targets
/// (三、2027年工作目标…) covers that next year.
#[test]
fn work_report_covers_the_next_year() {
    let text = "青川市知识产权保护中心2026年度工作报告\n\n一、2026年度主要工作成效\n\n2026年，新增备案主体312家。\n\n三、2027年工作目标和重点任务\n\n2027年，新增备案主体不少于350家。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(parsed.plan.period, Some((2027, 2027)));
}

/// Guidance (…工作指引（试行）) is a document kind: its notice names it as the title.
#[test]
fn guidance_is_a_title() {
    let text = "青川市市场监督管理局关于印发《青川市企业知识产权合规管理工作指引（试行）》的通知\n\n第五条　到2028年，全市通过知识产权合规管理体系认证的企业达到80家以上。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(
        parsed.plan.title,
        "青川市企业知识产权合规管理工作指引（试行）"
    );
}

/// An autonomous prefecture by its short name (白云州…) and a demonstration zone (青川示范区…)
/// are regions; 州 in a city's name (…州市) is not cut off.
#[test]
fn short_prefecture_and_zone_are_regions() {
    let zone = planmeter::parse(
        "青川示范区专利转化专项行动实施方案（2026—2028年）\n\n到2028年，专利许可次数达到300次。\n",
    );
    assert_eq!(zone.plan.region, "青川示范区");
    assert_eq!(zone.plan.level, planmeter::model::Level::District);
    let pref = planmeter::parse(
        "白云州植物新品种保护三年行动方案（2026—2028年）\n\n到2028年，品种权申请量达到300件。\n",
    );
    assert_eq!(pref.plan.region, "白云州");
    assert_eq!(pref.plan.level, planmeter::model::Level::City);
    let city = planmeter::parse(
        "青州市知识产权“十五五”规划\n\n到2030年，有效发明专利拥有量达到5000件。\n",
    );
    assert_eq!(city.plan.region, "青州市");
}

/// A monitoring system's definition (…统计监测指标体系（试行）) is a document kind.
#[test]
fn indicator_system_is_a_title() {
    let text = "关于印发《青川县知识产权发展指数统计监测指标体系（试行）》的通知\n\n到2028年，监测数据按时报送率达到100%。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(
        parsed.plan.title,
        "青川县知识产权发展指数统计监测指标体系（试行）"
    );
}

/// A year's review with the next year's outline (…2026年知识产权工作总结和2027年工作思路):
/// its title, and the period of the outline.
#[test]
fn review_with_next_years_outline() {
    let text = "部门信息公开 >> 县市场监管局 >> 计划总结\n\n某县2026年知识产权工作总结和2027年工作思路\n信息来源：县市场监管局　　发布时间：2027-01-13 16:20\n\n　　一、主要指标完成情况\n\n　　（一）发明专利授权量。目标240件，完成268件，完成率111.7%。\n\n　　二、2027年工作思路\n\n　　2027年，全县发明专利授权量达到300件。\n";
    let parsed = planmeter::parse(text);
    assert_eq!(
        parsed.plan.title,
        "某县2026年知识产权工作总结和2027年工作思路"
    );
    assert_eq!(parsed.plan.period, Some((2027, 2027)));
}
