//! Indicator names: cleaning the words around a number into a name (drop years,
//! connectors, region words, verbs, flags), validity checks, shared list suffixes.

use super::super::scan::{
    arabic_at, chinese_at, fold, is_cjk, is_range_dash, is_space, year_at, Doc, Hay, WordSet,
};
use super::super::words::*;
use super::Scanner;

/// The byte length of the longest word in [`LEAD_WORDS`], [`LEAD_VERBS`] and
/// [`INCREMENT_WORDS`]: a longer name is none of them.
const LONGEST_ALONE: usize = {
    let lists = [LEAD_WORDS, LEAD_VERBS, INCREMENT_WORDS];
    let mut most = 0;
    let mut k = 0;
    while k < lists.len() {
        let mut i = 0;
        while i < lists[k].len() {
            if lists[k][i].len() > most {
                most = lists[k][i].len();
            }
            i += 1;
        }
        k += 1;
    }
    most
};

/// A cleaned name: char span in the text, minus cut-out pieces (每年 …).
#[derive(Clone, Debug)]
pub(super) struct NameSpan {
    a: usize,
    b: usize,
    cuts: Vec<(usize, usize)>,
}

/// `[a, b)` without leading and trailing blanks.
pub(super) fn trim(doc: &Doc, mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && is_space(doc.at(a)) {
        a += 1;
    }
    while b > a && is_space(doc.at(b - 1)) {
        b -= 1;
    }
    (a, b)
}

/// Blanks, punctuation and bullets that never start a name or a quote.
pub(super) fn is_lead_punct(c: char) -> bool {
    is_space(c) || ",;:、.—-•·●▪◆■□○★☆▲△※▶)」*>".contains(c)
}

/// Blanks and punctuation that never end a name.
pub(super) fn is_trail_punct(c: char) -> bool {
    is_space(c) || matches!(c, ',' | ';' | ':' | '、' | '.' | '—' | '-' | '(' | '「')
}

/// A bare level word: 国家级, 省级, 市级 ….
pub(super) fn is_level_word(name: &str) -> bool {
    // (Folding is one char for one char: the name's count and its last char folded tell,
    // with no folded copy.)
    name.chars().count() <= 4 && name.chars().next_back().map(fold) == Some('级')
}

/// A name without its leading level word (省级示范企业 → 示范企业).
/// `“奇台面粉”`, `“玛纳斯葡萄酒”地理标志产品年产值`: a quoted name alone takes the head
/// the last one is written with.
pub(super) fn share_quoted_head(names: &mut [String]) {
    let Some(head) = names
        .last()
        .and_then(|l| l.rfind('”').map(|i| l[i + '”'.len_utf8()..].to_string()))
        .filter(|h| h.chars().count() >= 2)
    else {
        return;
    };
    let n = names.len();
    for name in names.iter_mut().take(n - 1) {
        if name.starts_with('“') && name.ends_with('”') {
            name.push_str(&head);
        }
    }
}

pub(super) fn strip_level(name: &str) -> &str {
    let f: Vec<char> = name.chars().map(fold).collect();
    match f.iter().take(5).position(|&c| c == '级') {
        Some(p) => {
            let rest = name
                .char_indices()
                .nth(p + 1)
                .map_or("", |(i, _)| &name[i..]);
            // (市级以上高价值专利培育中心: 以上 belongs to the level.)
            rest.strip_prefix("以上").unwrap_or(rest)
        }
        None => name,
    }
}

/// Where a verb dropped from names' fronts (建设, 设立 …) that starts at `k` ends, when
/// a name of two chars or more is left before `b`.
fn lead_verb_end(doc: &Doc, k: usize, b: usize) -> Option<usize> {
    LEAD_VERBS
        .iter()
        .find(|v| doc.starts(k, v))
        .map(|v| k + v.chars().count())
        .filter(|&e| e + 2 <= b)
}

/// Skips an article's label (第三条　) at `a`: a rule's number, not its words.
pub(super) fn skip_article(doc: &Doc, a: usize, b: usize) -> usize {
    if doc.at(a) != '第' {
        return a;
    }
    let digits = (a + 1..b.min(a + 6))
        .take_while(|&j| "一二三四五六七八九十百零〇".contains(doc.at(j)))
        .count();
    let e = a + 1 + digits;
    if digits == 0 || doc.at(e) != '条' || !is_space(doc.at(e + 1)) {
        return a;
    }
    trim(doc, e + 1, b).0
}

/// Skips a section marker (1. 2、 (3) 一、 (一)) at `a`.
pub(super) fn skip_marker(doc: &Doc, a: usize, b: usize) -> usize {
    if let Some(n) = arabic_at(doc, a) {
        if n.end - n.start <= 2 && matches!(doc.at(n.end), '.' | '、' | ')') && n.end + 1 < b {
            return n.end + 1;
        }
    }
    if let Some(n) = chinese_at(doc, a) {
        if doc.at(n.end) == '、' && n.end + 1 < b {
            return n.end + 1;
        }
    }
    // ①国家知识产权示范企业…: a circled item number.
    if ('①'..='⑳').contains(&doc.at(a)) && a + 1 < b {
        return a + 1;
    }
    if doc.at(a) == '(' {
        let inner = chinese_at(doc, a + 1).or_else(|| arabic_at(doc, a + 1));
        if let Some(n) = inner {
            if doc.at(n.end) == ')' && n.end + 1 < b {
                return n.end + 1;
            }
        }
    }
    a
}

/// Skips a year phrase (到2025年, 2025年底前, 争取在2020年, 2018—2020年) at `a`.
pub(super) fn skip_year_phrase(doc: &Doc, a: usize, b: usize) -> usize {
    let mut j = a;
    for p in [
        "争取在",
        "力争在",
        "力争到",
        "争取到",
        "截至",
        "截止",
        "到",
        "至",
        "在",
        "于",
    ] {
        if doc.starts(j, p) {
            j += p.chars().count();
            break;
        }
    }
    // A year range: 2018—2020年.
    if let Some(n) = arabic_at(doc, j) {
        if n.end - n.start == 4 && is_range_dash(doc.at(n.end)) {
            j = n.end + 1;
        }
    }
    let Some((_, mut e)) = year_at(doc, j) else {
        return a;
    };
    // 2026年6月底前, 2026年9月前: the month of a deadline.
    if let Some(n) = arabic_at(doc, e).filter(|n| n.end - n.start <= 2 && doc.at(n.end) == '月') {
        if let Some(w) = ["底前", "以前", "前", "底"]
            .iter()
            .find(|w| doc.starts(n.end + 1, w))
        {
            return (n.end + 1 + w.chars().count()).min(b);
        }
    }
    for s in [
        "年底前",
        "年底",
        "底前",
        "底",
        "末",
        "前",
        "以前",
        "时",
        "内",
    ] {
        if doc.starts(e, s) {
            e += s.chars().count();
            break;
        }
    }
    e.min(b)
}

/// `示范企业到2028年` / `维权中心到2028年新建`: a year phrase after the name, and nothing
/// but a verb after it, is no part of the name. Returns the name's new end.
fn cut_trailing_year(doc: &Doc, a: usize, b: usize) -> usize {
    // The year phrase and a verb after it fit in the name's last 14 chars.
    let found = ((a + 2).max(b.saturating_sub(14))..b).find_map(|j| {
        let (_, e) = year_at(doc, j).filter(|_| !doc.at(j - 1).is_ascii_digit())?;
        Some((j, e))
    });
    let Some((j, mut e)) = found else {
        return b;
    };
    for w in ["底前", "底", "末", "前"] {
        if doc.starts(e, w) {
            e += w.chars().count();
            break;
        }
    }
    let verb_only = e == b
        || LEAD_VERBS
            .iter()
            .chain(TRAIL_VERBS)
            .any(|v| doc.starts(e, v) && e + v.chars().count() == b);
    let start = match doc.at(j - 1) {
        '到' | '至' | '在' | '于' => j - 1,
        _ => j,
    };
    if verb_only && start >= a + 2 {
        start
    } else {
        b
    }
}

/// `2026年、2027年、2028年` (after 到/在…) at `a`: a list of two or more years leading a
/// sentence, and where it ends. The name and the values follow (…分别达到X、Y、Z).
pub(super) fn lead_years(doc: &Doc, a: usize, b: usize) -> Option<(Vec<i32>, usize)> {
    let mut j = skip_marker(doc, a, b);
    // (A达到35亿元，其中2026年、2027年分别达到27亿元、31亿元: the years of A's way there.)
    if doc.starts(j, "其中") {
        j += 2;
    }
    for p in ["力争到", "争取到", "到", "至", "在", "于"] {
        if doc.starts(j, p) {
            j += p.chars().count();
            break;
        }
    }
    // 2026年至2028年分别…3项、4项、5项: a span of years, each in turn.
    if let Some((y0, e0)) = year_at(doc, j).filter(|&(_, e)| e <= b) {
        let to = e0 + usize::from(matches!(doc.at(e0), '至' | '到' | '-' | '—' | '~'));
        if to > e0 {
            if let Some((y1, e1)) =
                year_at(doc, to).filter(|&(y1, e)| e <= b && y1 > y0 && y1 - y0 < 10)
            {
                return Some(((y0..=y1).collect(), e1));
            }
        }
    }
    let mut years = Vec::new();
    let mut end = j;
    while let Some((y, mut e)) = year_at(doc, j).filter(|&(_, e)| e <= b) {
        if matches!(doc.at(e), '底' | '末') {
            e += 1;
        }
        years.push(y);
        end = e;
        if !matches!(doc.at(e), '、' | '和' | '及' | '与') {
            break;
        }
        j = e + 1;
    }
    (years.len() >= 2).then_some((years, end))
}

/// Bodies that act in a sentence (法院聘任…), not things a plan counts.
const ACTING_BODIES: &[&str] = &[
    "中级人民法院",
    "人民法院",
    "法院",
    "中院",
    "人民检察院",
    "检察院",
    "公安机关",
];

/// Skips a five-year-period phrase (“十四五”期间, 到“十四五”末) at `a`.
pub(super) fn skip_period_phrase(doc: &Doc, a: usize, b: usize) -> usize {
    let mut j = a;
    for p in ["到", "至", "在", "于"] {
        if doc.starts(j, p) {
            j += 1;
            break;
        }
    }
    if matches!(doc.at(j), '“' | '"') {
        j += 1;
    }
    let is_period = doc.at(j) == '十' && chinese_at(doc, j + 1).is_some() && doc.at(j + 2) == '五';
    if !is_period {
        return a;
    }
    j += 3;
    if matches!(doc.at(j), '”' | '"') {
        j += 1;
    }
    for s in ["规划期内", "期间", "时期", "期末", "以来", "末", "内"] {
        if doc.starts(j, s) {
            j += s.chars().count();
            break;
        }
    }
    j.min(b)
}

/// Where a name `[a, b)` ends before a trailing five-year-period phrase (…“十四五”期间,
/// …十四五时期), or `b`.
fn cut_trailing_period(doc: &Doc, a: usize, b: usize) -> usize {
    // The period's 十X五 within the last 8 chars, with a longer name before it.
    let Some(j) = (b.saturating_sub(8).max(a)..b)
        .find(|&j| doc.at(j) == '十' && chinese_at(doc, j + 1).is_some() && doc.at(j + 2) == '五')
    else {
        return b;
    };
    let start = j - usize::from(j > a && matches!(doc.at(j - 1), '“' | '"'));
    if start >= a + 2 && skip_period_phrase(doc, start, b) == b {
        start
    } else {
        b
    }
}

/// Skips a span-of-years phrase: 五年累计, 三年内, 3年累计 (the flags are read elsewhere).
fn skip_span_phrase(doc: &Doc, a: usize, b: usize) -> usize {
    let n = chinese_at(doc, a).or_else(|| arabic_at(doc, a));
    let Some(n) = n.filter(|n| n.end - n.start <= 2 && doc.at(n.end) == '年') else {
        return a;
    };
    let j = n.end + 1;
    for w in ["累计", "内", "间", "来"] {
        let e = j + w.chars().count();
        if doc.starts(j, w) && e + 2 <= b {
            return e;
        }
    }
    a
}

/// The word sets of the lists `clean_name` strips from a name's start, prepared once.
fn name_list_firsts() -> &'static [WordSet; 3] {
    static SETS: std::sync::OnceLock<[WordSet; 3]> = std::sync::OnceLock::new();
    SETS.get_or_init(|| {
        [
            WordSet::new(LEAD_WORDS),
            WordSet::new(REGION_WORDS),
            WordSet::new(LEAD_VERBS),
        ]
    })
}

/// The word sets of [`PER_UNIT_STARTS`] and [`BAD_ENDINGS`] (for `valid_name`), prepared
/// once.
fn valid_name_sets() -> &'static [WordSet; 2] {
    static SETS: std::sync::OnceLock<[WordSet; 2]> = std::sync::OnceLock::new();
    SETS.get_or_init(|| [WordSet::new(PER_UNIT_STARTS), WordSet::new(BAD_ENDINGS)])
}

/// Whether `s` opens with one class of a grading (A类主体, D级机构, 一类企业).
pub(super) fn per_class(s: &str) -> bool {
    let mut c = s.chars();
    let (Some(grade), Some(kind)) = (c.next(), c.next()) else {
        return false;
    };
    (grade.is_ascii_uppercase() || "一二三四甲乙丙丁".contains(grade))
        && matches!(kind, '类' | '级')
}

/// Skips an aside in parentheses at (or just inside) `a` and the mark after it
/// (（全国2020年为11.97%）、): a comparison left before the next item's name.
fn skip_aside(doc: &Doc, a: usize, b: usize) -> usize {
    // At its opening parenthesis or just inside it (tested first: this runs on every
    // name).
    let open = match doc.at(a) {
        '(' => a,
        _ if a > 0 && doc.at(a - 1) == '(' => a - 1,
        _ => return a,
    };
    let Some(close) = (open + 1..b.min(a + 40)).find(|&j| matches!(doc.at(j), '(' | ')')) else {
        return a;
    };
    if doc.at(close) != ')' {
        return a;
    }
    let mut e = close + 1;
    while e < b && matches!(doc.at(e), '、' | ',' | ' ') {
        e += 1;
    }
    // Only when a name follows it.
    if e + 2 <= b {
        e
    } else {
        a
    }
}

/// Whether `s` has 各 right before a count verb (A、B各建设, 各申报): each place does it.
fn each_builds(s: &str) -> bool {
    s.match_indices('各').any(|(i, c)| {
        let rest = s.get(i + c.len()..).unwrap_or("");
        COUNT_VERBS.iter().any(|v| rest.starts_with(v))
    })
}

/// Whether `s` is only a span of years (五年, 5年累计, 三年内).
pub(super) fn is_span_only(s: &str) -> bool {
    let Some((n, rest)) = s.split_once('年') else {
        return false;
    };
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c);
    (1..=2).contains(&n.chars().count())
        && n.chars().all(numeral)
        && ["", "累计", "内", "间", "来"].contains(&rest)
}

/// Skips a subject list that ends in 等 + a unit word (锦屏、雷山等县申报…): the places
/// or bodies doing the work are not the indicator.
fn skip_subject_list(doc: &Doc, a: usize, b: usize) -> usize {
    // 在清水河镇、惠远镇设立…, 在产业园区等建设…: where it is built, before the verb.
    if doc.at(a) == '在' && doc.at(a + 1) != '线' {
        // (在…集聚区新增…: 集聚区 is a place; 新增 a verb too.)
        let verb = (a + 2..b.min(a + 24)).find(|&k| {
            LEAD_VERBS
                .iter()
                .chain(&["新增", "新建"])
                .any(|v| doc.starts(k, v) && doc.at(k + v.chars().count()) != '区')
        });
        if let Some(k) = verb.filter(|&k| k + 3 <= b) {
            // 在A、B各建设1个: keep 各, a count per place.
            return k - usize::from(doc.at(k - 1) == '各');
        }
    }
    let Some(p) = (a..b.min(a + 24)).find(|&j| doc.at(j) == '等') else {
        return a;
    };
    let listed = (a..p).any(|j| doc.at(j) == '、');
    let unit = [
        "县", "市", "区", "地", "乡镇", "单位", "部门", "企业", "高校",
    ]
    .iter()
    // (天台乌药等地理标志产品: 地 begins 地理标志 there, it is no place word.)
    .find(|w| doc.starts(p + 1, w) && !(**w == "地" && doc.at(p + 2) == '理'))
    .map(|w| p + 1 + w.chars().count());
    // 新材料、生物医药等产业专利导航项目: the fields listed before 等, then the name.
    let field = ["产业", "领域", "行业"]
        .iter()
        .any(|w| doc.starts(p + 1, w));
    // “铁拳”“护航”等专项执法行动: named examples of the kind, which is the name.
    let quoted = p > a + 2 && doc.at(a) == '“' && doc.at(p - 1) == '”';
    match unit {
        Some(e) if listed && e + 3 <= b => e,
        None if listed && field && p + 5 <= b => p + 1,
        None if quoted && p + 5 <= b => p + 1,
        _ => a,
    }
}

/// Gives a short later name of a list the head of the first one, where the two end
/// alike (国家知识产权示范企业、优势企业 → 国家知识产权优势企业; 实用新型专利预审周期、授权
/// 周期 → 实用新型专利授权周期).
pub(super) fn share_head(names: &mut [String]) {
    let Some(first) = names.first() else {
        return;
    };
    let fc: Vec<char> = first.chars().collect();
    for name in names.iter_mut().skip(1) {
        let nc: Vec<char> = name.chars().collect();
        if !(3..=4).contains(&nc.len()) || fc.len() < nc.len() + 2 {
            continue;
        }
        let common = (fc.iter().rev().zip(nc.iter().rev()))
            .take_while(|(a, b)| a == b)
            .count();
        if common < 2 || common >= nc.len() {
            continue;
        }
        let head: String = fc[..fc.len() - nc.len()].iter().collect();
        *name = head + name;
    }
}

/// Adds a suffix shared by a list of names to the names that lack it: a bare level word
/// (国家级、省级示范企业) takes everything after the last name's level word, other names
/// take a shared measure suffix (数量, 授权量 …).
pub(super) fn share_suffix(names: &mut [String]) {
    let Some(last) = names.last().cloned() else {
        return;
    };
    let folded = |s: &str| s.chars().map(fold).collect::<String>();
    let last_chars: Vec<char> = last.chars().collect();
    let last_f: Vec<char> = folded(&last).chars().collect();
    if let Some(p) = last_f.iter().take(5).position(|&c| c == '级') {
        let tail: String = last_chars[p + 1..].iter().collect();
        for name in names.iter_mut() {
            let short = name.chars().count() <= 4 && folded(name).ends_with('级');
            if short && !tail.is_empty() {
                name.push_str(&tail);
            }
        }
    }
    let last_f: String = last_f.into_iter().collect();
    let Some(suffix) = SHARED_SUFFIXES
        .iter()
        .filter(|s| last_f.ends_with(*s))
        .max_by_key(|s| s.chars().count())
        // A one-char suffix (数, 量) shares less than the rule below.
        .filter(|s| s.chars().count() > 1 || names.len() != 2)
    else {
        // 专利和商标质押融资额: no known suffix, but a short first item stands for a word
        // as long at the last one's start (商标), and the rest is shared.
        if let [first, _] = names {
            let k = first.chars().count();
            if (2..=4).contains(&k) && last_chars.len() >= k + 3 {
                let tail: String = last_chars[k..].iter().collect();
                first.push_str(&tail);
            }
        }
        return;
    };
    // 生物医药、氢能产业专利申请量: the sector word before the suffix is shared too, and
    // a qualifier between them (产业有效发明专利拥有量).
    let body = &last_f[..last_f.len() - suffix.len()];
    // (石化、船舶海工、高端装备领域专利转让许可次数: from the sector word, however long the
    // measure after it.)
    let sector = ["产业", "行业", "领域"].iter().find_map(|w| {
        let s = body.rfind(w)?;
        let before = body[..s].chars().count();
        let after = body[s + w.len()..].chars().count();
        (after <= 2 || before >= 2).then(|| body[s..].chars().count())
    });
    // The suffix as written in the last name (traditional stays traditional).
    let k = suffix.chars().count() + sector.unwrap_or(0);
    let suffix: String = last_f.chars().skip(last_f.chars().count() - k).collect();
    let suffix = suffix.as_str();
    let written: Vec<char> = last_chars[last_chars.len().saturating_sub(k)..].to_vec();
    let n = names.len();
    for name in names.iter_mut().take(n - 1) {
        let f: Vec<char> = folded(name).chars().collect();
        if SHARED_SUFFIXES.iter().any(|s| folded(name).ends_with(s)) {
            continue;
        }
        // 发明专利 + 专利授权量 → 发明专利授权量: do not repeat what the name ends with.
        let sf: Vec<char> = suffix.chars().collect();
        let overlap = (1..sf.len())
            .rev()
            .find(|&m| f.len() >= m && f[f.len() - m..] == sf[..m])
            .unwrap_or(0);
        name.extend(written[overlap..].iter());
    }
    // A、B、C等重点产业专利申请量, A、B、C三大先导产业…: the last item is C; the
    // category after 等 (or the count of items) is dropped.
    if let Some(last) = names.last_mut() {
        let f: Vec<char> = folded(last).chars().collect();
        let cut = f.len().saturating_sub(k);
        let counted = |p: usize| {
            super::super::scan::is_numeral(f[p])
                && matches!(f.get(p + 1), Some('大' | '类'))
                && (p == 0 || !super::super::scan::is_numeral(f[p - 1]))
        };
        if let Some(p) = f[..cut]
            .iter()
            .enumerate()
            .position(|(p, &c)| c == '等' || counted(p))
            .filter(|&p| p > 0)
        {
            let head: String = last.chars().take(p).collect();
            let tail: String = written.iter().collect();
            *last = format!("{head}{tail}");
        }
    }
}

impl Scanner<'_> {
    pub(super) fn name_len(&self, n: &NameSpan) -> usize {
        let cut: usize = n.cuts.iter().map(|(a, b)| b - a).sum();
        n.b.saturating_sub(n.a).saturating_sub(cut)
    }

    pub(super) fn name_string(&self, n: &NameSpan) -> String {
        let mut s = String::new();
        let mut j = n.a;
        for &(ca, cb) in &n.cuts {
            s.push_str(&self.doc.orig_str(j, ca));
            j = cb;
        }
        s.push_str(&self.doc.orig_str(j, n.b));
        // A hard-wrapped name is one name.
        s.retain(|c| c != '\n' && c != '\r');
        let s = s.trim();
        match self.list_named_before(n.a, s) {
            Some(full) => full,
            None => s.to_string(),
        }
    }

    /// 建立商业秘密保护重点企业名录，纳入名录的企业达到100家: the list that a bare 名录
    /// at the head of a name refers back to, named in full (纳入商业秘密保护重点企业名录的
    /// 企业), when the clause just before names it.
    fn list_named_before(&self, a: usize, name: &str) -> Option<String> {
        let rest = ["纳入名录", "列入名录"]
            .iter()
            .find_map(|w| name.strip_prefix(w))?;
        let doc = self.doc;
        let from = a.saturating_sub(40);
        let end = (from..a).rev().find(|&k| doc.starts(k, "名录"))?;
        let start = (from..end)
            .rev()
            .take_while(|&k| !matches!(doc.at(k), '。' | ',' | ';'))
            .find(|&k| {
                ["纳入", "列入", "建立", "编制", "发布"]
                    .iter()
                    .any(|v| doc.starts(k, v))
            })?
            + 2;
        (end - start >= 2).then(|| format!("纳入{}名录{rest}", doc.orig_str(start, end)))
    }

    /// Cleans the words before a number into an indicator name: drops years, connectors,
    /// region words, verbs and flags (每年, 累计) around it.
    pub(super) fn clean_name(&self, a: usize, b: usize, strip_verbs: bool) -> Option<NameSpan> {
        let doc = self.doc;
        let (mut a, mut b) = (a, b);
        // A row of cells (金融支持	知识产权质押贷款贴息	LPR的50%	每家每年30万元): the
        // name is in the cell of its number.
        if let Some(t) = (a..b).rev().find(|&j| matches!(doc.at(j), '\t' | '|')) {
            a = t + 1;
        }
        loop {
            let a0 = a;
            a = skip_aside(doc, a, b);
            while a < b && is_lead_punct(doc.at(a)) {
                a += 1;
            }
            a = skip_marker(doc, a, b);
            a = skip_year_phrase(doc, a, b);
            a = skip_period_phrase(doc, a, b);
            // 一是…, 二是…: the points of an answer, counted in words.
            if doc.at(a + 1) == '是' && "一二三四五六七八九十".contains(doc.at(a)) {
                a += 2;
            }
            // 共完成, 共培育: “in all” before a verb.
            if doc.at(a) == '共' && LEAD_VERBS.iter().any(|v| doc.starts(a + 1, v)) {
                a += 1;
            }
            // 法院聘任技术调查官: the court that acts, before its verb and the name.
            if strip_verbs {
                // (市中级人民法院: the level before the court too.)
                let at = a + usize::from(matches!(doc.at(a), '省' | '市' | '区' | '县'));
                if let Some(n) = ACTING_BODIES
                    .iter()
                    .find(|w| doc.starts(at, w))
                    .map(|w| w.chars().count())
                    .filter(|&n| LEAD_VERBS.iter().any(|v| doc.starts(at + n, v)))
                {
                    a = at + n;
                }
            }
            // 在“4·26”…宣传周和“3·15”…期间开展…活动: when, then the verb; the name
            // follows it.
            if let Some(k) = doc.find(a, b.min(a + 40), "期间") {
                if let Some(e) = lead_verb_end(doc, k + 2, b) {
                    a = e;
                }
            }
            // 为企业提供…服务: for whom, before what is provided.
            if doc.at(a) == '为' {
                if let Some(k) = (a + 2..b.min(a + 10)).find(|&k| doc.starts(k, "提供")) {
                    if k + 4 <= b {
                        a = k + 2;
                    }
                }
            }
            // 在全市布局…: where, before the place word.
            if doc.at(a) == '在' && REGION_WORDS.iter().any(|w| doc.starts(a + 1, w)) {
                a += 1;
            } else if doc.at(a) == '在' && strip_verbs {
                // 在A区、B园区…设立…工作站4个: the places, then the verb and the name.
                let verb_end = (a + 3..b.min(a + 64)).find_map(|k| {
                    if !matches!(
                        doc.at(k - 1),
                        '区' | '县' | '市' | '园' | '镇' | '内' | '地'
                    ) {
                        return None;
                    }
                    // (在重点园区新增…工作站3个: an increment keeps its 新增.)
                    if doc.starts(k, "新增") {
                        return Some(k);
                    }
                    lead_verb_end(doc, k, b)
                });
                if let Some(e) = verb_end {
                    a = e;
                }
            }
            a = skip_span_phrase(doc, a, b);
            a = skip_subject_list(doc, a, b);
            let lists: [&[&str]; 3] = [
                LEAD_WORDS,
                REGION_WORDS,
                if strip_verbs { LEAD_VERBS } else { &[] },
            ];
            // Each list's first chars, to skip it at once (this loop runs for every name).
            let firsts = name_list_firsts();
            'outer: for (list, set) in lists.iter().zip(firsts) {
                if !set.may_start(doc.at(a)) {
                    continue;
                }
                // (Only the words that start at `a`, in list order, from the index.)
                for w in set.all_starting_at(doc, a).filter_map(|k| list.get(k)) {
                    let n = w.chars().count();
                    // (集聚区载体面积: 集聚区 is a place, no verb.)
                    if *w == "集聚" && doc.at(a + n) == '区' {
                        continue;
                    }
                    if a + n < b {
                        a += n;
                        break 'outer;
                    }
                }
            }
            // 全市有知识产权服务机构12家: 有 after the place is a verb (not 有效…).
            // (The cheap tests first: this loop runs for every name.)
            if doc.at(a) == '有'
                && !matches!(doc.at(a + 1), '效' | '关')
                && REGION_WORDS
                    .iter()
                    .any(|w| doc.ends(a0, a, w) && a0 + w.chars().count() == a)
            {
                a += 1;
            }
            if a == a0 {
                break;
            }
        }
        b = cut_trailing_year(doc, a, b);
        // 满意度2026年不低于上年（、2027年达到83分）: a milestone's year and its words after
        // the name; 达成许可项目2025—2027年累计…: the span of a total.
        if let Some(j) = (a + 4..b).find(|&j| {
            doc.at(j).is_ascii_digit()
                && (year_at(doc, j).is_some_and(|(_, e)| {
                    ["不低于", "不少于", "保持", "持续", "稳步", "高于"]
                        .iter()
                        .any(|w| doc.starts(e, w))
                }) || (j + 4..j + 6)
                    .any(|k| is_range_dash(doc.at(k)) && year_at(doc, k + 1).is_some()))
        }) {
            b = j;
        }
        loop {
            let b0 = b;
            // 拥有量[1], 拥有量［注2］: a note's marker after the name.
            if b > a + 3 && doc.at(b - 1) == ']' {
                if let Some(o) = (b.saturating_sub(6).max(a)..b - 1)
                    .rev()
                    .find(|&k| doc.at(k) == '[')
                {
                    let inner =
                        (o + 1..b - 1).all(|k| doc.at(k).is_ascii_digit() || doc.at(k) == '注');
                    if inner && o > a {
                        b = o;
                    }
                }
            }
            while b > a && is_trail_punct(doc.at(b - 1)) {
                b -= 1;
            }
            for w in ["每年", "年均", "年平均", "累计", "分别", "合计"]
                .iter()
                .chain(TRAIL_VERBS)
            {
                let n = w.chars().count();
                if !(doc.ends(a, b, w) && b > a + n) {
                    continue;
                }
                // 调解组织, 中介组织: 组织 is the body, not a verb.
                let body = *w == "组织"
                    && ["调解", "中介", "社会", "行业", "服务", "专业"]
                        .iter()
                        .any(|x| doc.ends(a, b - n, x));
                if !body {
                    b -= n;
                    break;
                }
            }
            // 质押融资额5年累计 / 三年累计: the span of the total is not part of the name.
            if b < b0 && doc.ends(a, b0, "累计") && doc.at(b.saturating_sub(1)) == '年' {
                let mut k = b - 1;
                while k > a
                    && (doc.at(k - 1).is_ascii_digit()
                        || super::super::scan::is_numeral(doc.at(k - 1)))
                {
                    k -= 1;
                }
                if k < b - 1 && k > a {
                    b = k;
                }
            }
            // 知识产权质押融资“十四五”期间(累计): the plan's span is not part of the name.
            b = cut_trailing_period(doc, a, b);
            if b == b0 {
                break;
            }
        }
        // 每万人口发明专利拥有量从…1.74件: the name ends before 从/由 + a number.
        // (Not 从业人员…拥有量［注2］: 从业 is a word, the 2 a note's.)
        if let Some(j) = (a..b).find(|&j| {
            matches!(doc.at(j), '从' | '由')
                && !doc.starts(j, "从业")
                && (j..b)
                    .any(|k| doc.at(k).is_ascii_digit() && !matches!(doc.at(k - 1), '[' | '注'))
        }) {
            b = j;
        }
        // 依托高校建设知识产权学院: a means phrase, then the verb; the name follows it.
        // (The first verb: the name may hold one of its own, 依托龙头企业建设…培育中心.)
        if strip_verbs && MEANS_WORDS.iter().any(|w| doc.starts(a, w)) {
            let verb_end = (a + 2..b)
                .find_map(|j| lead_verb_end(doc, j, b))
                .filter(|&e| e + 2 <= b);
            if let Some(e) = verb_end {
                a = e;
            }
        }
        let mut cuts = Vec::new();
        // 为开发区（园区）企业办理知识产权质押融资55亿元: the firms' 质押融资, without
        // 为 and the verb.
        if doc.at(a) == '为' {
            if let Some(k) = (a + 3..b.min(a + 16)).find(|&k| doc.starts(k, "办理")) {
                if k + 4 <= b {
                    a += 1;
                    cuts.push((k, k + 2));
                }
            }
        }
        let mut j = a;
        while j + 1 < b {
            if doc.starts(j, "每年") {
                cuts.push((j, j + 2));
                j += 2;
            } else {
                j += 1;
            }
        }
        cuts.sort_unstable();
        let n = NameSpan { a, b, cuts };
        self.valid_name(&n).then_some(n)
    }

    /// The counted thing after a number (培育100家 → 知识产权优势企业).
    pub(super) fn clean_count_name(&self, a: usize, b: usize) -> Option<NameSpan> {
        let doc = self.doc;
        let (mut a, mut b) = trim(doc, a, b);
        while a < b && is_lead_punct(doc.at(a)) {
            a += 1;
        }
        while b > a && (is_trail_punct(doc.at(b - 1)) || doc.at(b - 1) == '等') {
            b -= 1;
        }
        let n = NameSpan {
            a,
            b,
            cuts: Vec::new(),
        };
        self.valid_name(&n).then_some(n)
    }

    pub(super) fn valid_name(&self, n: &NameSpan) -> bool {
        let doc = self.doc;
        let len = self.name_len(n);
        if !(2..=40).contains(&len) || n.a >= n.b {
            return false;
        }
        let s = doc.fstr(n.a, n.b);
        // (Summary (English): a paragraph in another language names nothing; a name
        // like PCT国际专利申请量 has its Chinese words.)
        if !s.chars().any(is_cjk) {
            return false;
        }
        if s.contains('。') || s.starts_with("较") || s.starts_with("比") || s.starts_with("同比")
        {
            return false;
        }
        // （…全省目标为15件）: a goal of someone's, not an indicator. (主要指标如下（共12项）:
        // the plan's indicators counted.)
        if s.ends_with("目标") || s.ends_with("指标") || s.ends_with("指标如下") {
            return false;
        }
        // 2025年11月21日至2025年12月20日（共30天）: a span of dates, not a thing counted.
        if s.contains("日至") {
            return false;
        }
        // 2项指标完成进度低于40%, 时序进度60%: a review's measure of the plan's own
        // indicators, not one of them.
        if s.contains("完成进度") || s.contains("时序进度") {
            return false;
        }
        // ”期间集中开展…: cut after an opening quote, which is no name's start.
        if s.starts_with(['”', '’']) {
            return false;
        }
        // 其中汉台区、南郑区不少于20件: places, not a thing counted.
        if s.contains('、')
            && s.split('、').all(|p| {
                let p = p.strip_prefix("其中").unwrap_or(p);
                (2..=6).contains(&p.chars().count())
                    && p.ends_with(['区', '县', '市', '州', '镇', '乡'])
            })
        {
            return false;
        }
        // (Tested against many words below; its last byte against long lists of endings.)
        let hay = Hay::new(&s);
        let last = s.as_bytes().last();
        // A span alone (五年, 5年累计) names nothing.
        if is_span_only(&s) {
            return false;
        }
        // 专员每人每年服务企业不少于20家次: what each person does.
        if hay.has("每人") {
            return false;
        }
        // 案件移送时间不超过3个工作日, 整改期限一般不超过30日: a limit on each case (an
        // average over the cases, 平均…时间, is a target).
        // (企业开办时间压缩至1个工作日以内 sets a target: a limit says 不超过.)
        let limit = s.trim_end_matches("一般");
        if (limit.ends_with("时间") || limit.ends_with("期限"))
            && !hay.has("平均")
            && ["不超过", "不得超过", "一般不超过"]
                .iter()
                .any(|w| doc.starts(n.b, w))
        {
            return false;
        }
        // A flag or verb alone (累计, 实现) names nothing.
        // (Only a name as short as the longest of them can be one.)
        if s.len() <= LONGEST_ALONE && LEAD_WORDS.contains(&s.as_str())
            || s.len() <= LONGEST_ALONE
                && (LEAD_VERBS.contains(&s.as_str()) || INCREMENT_WORDS.contains(&s.as_str()))
        {
            return false;
        }
        // 上年度营业收入2000万元以上, 近3年完成…: an applicant's past, a threshold. (推荐
        // quotas: whole clauses, in `Scanner::clause`.)
        let recent_years = s.match_indices('近').any(|(i, _)| {
            let mut after = s[i + '近'.len_utf8()..].chars();
            let n = after.next();
            after.next() == Some('年')
                && n.is_some_and(|c| c.is_ascii_digit() || "一二两三四五".contains(c))
        });
        if hay.has("上年度") || recent_years {
            return false;
        }
        // 对A类主体抽查比例不超过3%: a rule for one class of those supervised.
        if per_class(s.strip_prefix('对').unwrap_or("")) {
            return false;
        }
        // 调查有效样本不少于500份: how a survey is taken, not a target.
        if ["有效样本", "样本量", "有效问卷", "问卷数"]
            .iter()
            .any(|w| s.ends_with(w))
        {
            return false;
        }
        // 基期年综合指数均设定为100: the base of an index, not a target.
        if s.starts_with("基期") {
            return false;
        }
        // 推动该项业务实现零突破: a thing named before, by 该 / 此.
        if ["该项", "该类", "此项", "此类"]
            .iter()
            .any(|w| s.starts_with(w))
        {
            return false;
        }
        // 对抽检不合格的市场主体暂停专用标志使用资格6个月: a sanction, a rule.
        if ["暂停", "取消", "吊销", "撤销", "停止"]
            .iter()
            .any(|w| hay.has(w))
            && s.starts_with('对')
        {
            return false;
        }
        // 用于奖励发明人及其团队的比例不低于70%: what money is for, a rule.
        if s.starts_with("用于") || hay.has("用于奖励") {
            return false;
        }
        // ·关于支持…产业发展的若干措施（20条）: a document's title (a related-files list),
        // its articles counted.
        if s.starts_with("关于") {
            return false;
        }
        // Web page chrome: 浏览次数 123次, 累计访问 4567次.
        // (…【大】【中】【小】　阅读: the last word of a chrome line.)
        if PAGE_CHROME
            .iter()
            .filter(|w| w.as_bytes().last() == last)
            .any(|w| s == *w || s.ends_with(w) && (s.contains('】') || s.contains(is_space)))
        {
            return false;
        }
        // 各县每年安排…, 每家企业…, 在A、B各建设…, 对每个重点展会派驻…: a requirement
        // on each unit, not a plan total.
        // (单项合同金额超过100万元的项目: what is counted is the things over a threshold
        // on each, a plan total.)
        let counts_over = s
            .rfind('的')
            .is_some_and(|i| s[..i].chars().any(|c| c.is_ascii_digit()));
        // (“蔡伦杯”创意设计大赛每届征集作品500件: each event's, inside the name.)
        let per_event = ["每届", "每期", "每场", "每次"].iter().any(|w| hay.has(w));
        // (入库企业每家每年至少提交…: each of the bodies named first.)
        // (无性繁殖材料每份不少于5株: each sample; 每组参试品种: each group.)
        // (对同一网店同一产品一年内购样不超过2次: each shop, each product.)
        let per_body = [
            "每家", "每所", "每个", "每名", "每户", "每份", "每组", "每批", "每项", "同一",
        ]
        .iter()
        .any(|w| hay.has(w));
        // (The lists looked up by the name's first and last chars: this runs for every
        // name.)
        let sets = valid_name_sets();
        // (After a leading 对.)
        let unit_at = n.a + usize::from(doc.at(n.a) == '对');
        let per_unit = sets[0].begins(doc.slice(unit_at, n.b));
        if (per_unit || per_event || per_body) && !counts_over || each_builds(&s) {
            return false;
        }
        sets[1].ending_at(doc, n.a, n.b.min(doc.len())).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_suffixes() {
        let mut v = vec![
            "地理标志保护产品".to_string(),
            "农产品地理标志数量".to_string(),
        ];
        share_suffix(&mut v);
        assert_eq!(v[0], "地理标志保护产品数量");
        let mut v = vec!["国家级".to_string(), "省级知识产权示范企业".to_string()];
        share_suffix(&mut v);
        assert_eq!(v[0], "国家级知识产权示范企业");
    }

    #[test]
    fn level_words() {
        assert!(is_level_word("国家级"));
        assert!(!is_level_word("知识产权示范企业"));
        assert_eq!(strip_level("省级示范企业"), "示范企业");
    }
}
