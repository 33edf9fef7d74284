//! Region and level from administrative suffixes.
use super::*;

/// Province-level cities (直辖市): their rank is not visible in the name.
const DIRECT: &[&str] = &["北京", "天津", "上海", "重庆"];
/// Prefecture-level cities with no counties or districts (不设区的地级市): their
/// notices go to 各镇 like a county-level city's, yet they are cities.
const TOWN_CITIES: &[&str] = &["东莞", "中山", "儋州", "嘉峪关"];

/// Administrative suffixes, longest first, with the longest name part before them.
const SUFFIXES: &[(&str, Unit, usize)] = &[
    // 萧山经济技术开发区, 益阳高新技术产业开发区: a development zone is a district.
    ("高新技术产业开发区", Unit::District, 4),
    ("经济技术开发区", Unit::District, 4),
    ("高新技术开发区", Unit::District, 4),
    // 南湖经济开发区: a provincial zone.
    ("经济开发区", Unit::District, 4),
    // 杨凌示范区: a demonstration zone with a government of its own.
    ("示范区", Unit::District, 4),
    ("特别行政区", Unit::Province, 4),
    ("自治区", Unit::Province, 6),
    ("自治州", Unit::Prefecture, 9),
    ("自治县", Unit::County, 9),
    ("自治旗", Unit::County, 9),
    ("地区", Unit::Prefecture, 5),
    // 阿坝州, 黔南州: an autonomous prefecture by its short name (not 广州市's 州).
    ("州", Unit::Prefecture, 3),
    ("省", Unit::Province, 4),
    ("市", Unit::City, 5),
    ("盟", Unit::Prefecture, 4),
    ("县", Unit::County, 5),
    ("旗", Unit::County, 6),
    ("区", Unit::District, 5),
];

/// Words that never occur inside a place name: they end the search.
#[rustfmt::skip]
const NOT_PLACE: &[&str] = &[
    "知识", "产权", "规划", "建设", "发展", "关于", "印发", "人民", "政府", "专利", "全市",
    "全省", "全区", "全县", "全国", "十四五", "十三五", "国家", "强", "示范", "办公", "实施", "方案", "试点", "工作",
    "城市",
];

#[derive(Clone, Copy, PartialEq, Debug)]
enum Unit {
    Province,
    Prefecture,
    City,
    County,
    District,
}

/// One component of a place chain (天津市 | 静海区).
struct Part {
    name: String,
    unit: Unit,
}

pub(super) fn find(doc: &Doc, title: &str, issuer: Option<&str>) -> (String, Level) {
    let folded_title: String = title.chars().map(hant::to_simplified).collect();
    let from_title = chain(&folded_title, title);
    let from_issuer = issuer
        .map(|i| (i.chars().map(hant::to_simplified).collect::<String>(), i))
        .map(|(f, o)| chain(&f, o))
        .unwrap_or_default();
    let parts = pick(from_title, from_issuer);
    if parts.is_empty() {
        return national_or_unknown(&folded_title, issuer, doc);
    }
    let region: String = parts.iter().map(|p| p.name.as_str()).collect();
    let level = level_of(&parts, doc);
    // 东林县、西山市…合作方案: a plan two neighbours issue together names both.
    // (The title's own spelling of it: folding keeps one char for one.)
    let skip = region.chars().count() + 1;
    let partner = folded_title
        .strip_prefix(region.as_str())
        .and_then(|r| r.strip_prefix('、'))
        .map(|r| chain(r, &title.chars().skip(skip).collect::<String>()))
        .filter(|p| {
            p.len() == 1 && matches!(p[0].unit, Unit::County | Unit::City | Unit::District)
        });
    match partner {
        Some(p) if !matches!(level, Level::Province) => (format!("{region}、{}", p[0].name), level),
        _ => (region, level),
    }
}

/// The title's place unless the issuer names the same place more fully.
fn pick(title: Vec<Part>, issuer: Vec<Part>) -> Vec<Part> {
    let name = |v: &[Part]| v.iter().map(|p| p.name.clone()).collect::<String>();
    if title.is_empty() {
        return issuer;
    }
    let (t, i) = (name(&title), name(&issuer));
    // (阿坝州 in the title, 阿坝藏族羌族自治州人民政府 issuing: the full name.)
    let full = |t: &str| {
        let mut c = t.chars();
        let last = c.next_back();
        let stem = c.as_str();
        stem.chars().count() >= 2
            && i.starts_with(stem)
            && last.is_some_and(|l| i.ends_with(&format!("自治{l}")))
    };
    if i.len() > t.len() && (i.ends_with(&t) || full(&t)) {
        issuer
    } else {
        title
    }
}

fn national_or_unknown(title: &str, issuer: Option<&str>, doc: &Doc) -> (String, Level) {
    let head: String = title
        .chars()
        .filter(|c| !is_punct(*c))
        .skip_while(|c| "十一二三四五".contains(*c))
        .take(4)
        .collect();
    let national = head.starts_with("国家")
        || head.starts_with("全国")
        || head.starts_with("中国")
        || issuer.is_some_and(|i| i.starts_with("国务院") || i.starts_with("国家"));
    if national {
        ("全国".to_string(), Level::National)
    } else {
        (String::new(), level_from_scope_words(doc))
    }
}

/// With no place name, the level the text speaks at: the most frequent of 全省/全市/全县/
/// 全区 (our province/city/county/district as a whole).
fn level_from_scope_words(doc: &Doc) -> Level {
    let words = [
        ("全省", Level::Province),
        ("全市", Level::City),
        ("全县", Level::County),
        ("全区", Level::District),
    ];
    let mut best = (0, Level::City);
    for (w, level) in words {
        let n = doc.count(w);
        if n > best.0 {
            best = (n, level);
        }
    }
    best.1
}

/// Whether a (folded) line starts with a place name.
pub(super) fn starts_with_place(line: &str) -> bool {
    !chain(line, line).is_empty()
}

/// The chain of place components at the start of `folded` (names cut from `orig`).
fn chain(folded: &str, orig: &str) -> Vec<Part> {
    let f: Vec<char> = folded.chars().collect();
    let o: Vec<char> = orig.chars().collect();
    // Skip leading punctuation and a year (2022年…工作要点).
    let mut at = f
        .iter()
        .take_while(|c| is_punct(**c) || is_space(**c) || c.is_ascii_digit() || **c == '年')
        .count();
    // 中共X市委 X市人民政府: the party committee names the same place as the government.
    for w in ["中国共产党", "中共"] {
        let n = w.chars().count();
        if f.get(at..at + n)
            .is_some_and(|p| p.iter().copied().eq(w.chars()))
        {
            at += n;
            break;
        }
    }
    let mut parts: Vec<Part> = Vec::new();
    while let Some((end, unit)) = component(&f, at) {
        let name: String = o.get(at..end).unwrap_or(&[]).iter().collect();
        at = end;
        if f.get(at) == Some(&'委') {
            at += 1;
            while f
                .get(at)
                .is_some_and(|c| is_space(*c) || matches!(c, '、' | ',' | '，'))
            {
                at += 1;
            }
        }
        if parts.last().is_some_and(|p| p.name == name) {
            continue;
        }
        parts.push(Part { name, unit });
    }
    parts
}

/// The length in chars of `word` when the chars `f` from `at` on start with it.
fn word_at(f: &[char], at: usize, word: &str) -> Option<usize> {
    let mut rest = f.get(at..)?.iter();
    let mut n = 0;
    for c in word.chars() {
        if rest.next() != Some(&c) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The first place component starting at `at`: (end index, unit).
fn component(f: &[char], at: usize) -> Option<(usize, Unit)> {
    // (某市经济技术开发区: the city's zone, named by the city.)
    for (zone, _, _) in SUFFIXES.iter().filter(|(s, _, _)| s.ends_with("开发区")) {
        if let Some(n) = word_at(f, at, zone).filter(|_| at > 0) {
            return Some((at + n, Unit::District));
        }
    }
    for len in 1..=9 {
        let name: String = f.get(at..at + len)?.iter().collect();
        let odd = |c: char| is_punct(c) || is_space(c) || c.is_ascii_alphanumeric();
        // (A word inside a shorter name was found on an earlier round: only one ending
        // with the last char is new.)
        if NOT_PLACE.iter().any(|w| name.ends_with(w)) || name.chars().any(odd) {
            return None;
        }
        for &(suf, unit, max) in SUFFIXES {
            // (北海市产业园区…: the city's parks in general, no place of their own.)
            if suf == "区"
                && matches!(
                    name.as_str(),
                    "产业园" | "科创园" | "科技园" | "园" | "集聚" | "示范"
                )
            {
                continue;
            }
            // (…展会和专业市场, …区域: a word that starts with the suffix's char.)
            let word = |n: &usize| {
                let next = f.get(at + len + n).copied();
                matches!((suf, next), ("市", Some('场')) | ("区" | "县", Some('域')))
                    || suf == "州" && matches!(next, Some('市' | '县' | '区' | '省' | '湾'))
            };
            if let Some(n) = word_at(f, at + len, suf).filter(|n| len <= max && !word(n)) {
                return Some((at + len + n, unit));
            }
        }
    }
    None
}

fn level_of(parts: &[Part], doc: &Doc) -> Level {
    let last = match parts.last() {
        Some(p) => p,
        None => return Level::City,
    };
    let direct = |p: &Part| DIRECT.iter().any(|d| p.name.starts_with(d));
    match last.unit {
        Unit::Province => Level::Province,
        Unit::Prefecture => Level::City,
        Unit::County => Level::County,
        Unit::District => Level::District,
        Unit::City if parts.len() == 1 && direct(last) => Level::Province,
        // 市 under another 市 or a prefecture is a county-level city.
        Unit::City if under_city(parts) => Level::County,
        Unit::City if TOWN_CITIES.iter().any(|c| last.name.starts_with(c)) => Level::City,
        Unit::City => city_or_county(doc),
    }
}

fn under_city(parts: &[Part]) -> bool {
    parts.len() >= 2
        && parts
            .get(parts.len() - 2)
            .is_some_and(|p| matches!(p.unit, Unit::City | Unit::Prefecture))
}

/// A bare X市 is a prefecture-level city unless the text reads like a county-level
/// one: 县域/示范县/县市/强县 vocabulary and notices addressed to 乡镇 rather than to 区县.
fn city_or_county(doc: &Doc) -> Level {
    let count = |w: &str| doc.count(w) as i64;
    // 各区、县级市人民政府, 每个县级市至少…: a prefecture speaking to its county-level
    // cities (居全省县级市首位 is a county-level city ranked among its peers).
    // (Looked for only on a page that says 县级市: each count reads the whole text.)
    let county_cities = count("县级市");
    let its_cities = match county_cities {
        0 => 0,
        _ => count("区、县级市") + count("区,县级市") + count("每个县级市"),
    };
    let county = count("县域") + count("示范县") + county_cities - its_cities + count("县市")
        - count("县市区")
        + count("强县")
        + 2 * (count("各乡镇") + count("各乡(镇)") + count("乡(镇)人民政府"))
        + 2 * (count("各镇(乡)") + count("镇(乡)人民政府"))
        // A notice to 各镇人民政府 (a county-level city has towns, not districts; it
        // outweighs a higher body's 各县（市、区） quoted in the text).
        + 3 * count("各镇人民政府");
    let city = count("区县")
        + count("县(市、区)")
        + count("县(市,区)")
        + count("县市区")
        + count("各县")
        + count("县区")
        + count("区(市)县")
        // A notice to 各县（市）区人民政府: a city addresses its counties and districts.
        + 2 * count("县(市)区")
        + count("各市(县)")
        // 各市（区）: a prefecture addressing its county-level cities and districts.
        + count("市(区)")
        + count("地级市")
        + 2 * its_cities;
    if county > city {
        Level::County
    } else {
        Level::City
    }
}
