//! Restatement merging (each indicator once) and baseline carrying.
//!
//! A target restated in prose, in the table and in a 专栏 box is one indicator: two
//! statements are the same indicator when their names match and they share a
//! (year, value) target. The table row wins; restatements fill what it lacks.

use super::scan::{fold, is_space};
use super::words::{is_case_word, HANDLED_VERBS, REGION_WORDS};
use super::Cand;
use crate::model::{Diagnostic, Measure, Op, SourceKind};
use std::collections::BTreeMap;

/// Merges restatements, attaches baselines from previous-period values (`past`) and from
/// other statements of the same indicator, and fills 翻一番 values. Returns the
/// indicators in document order.
pub fn merge(cands: Vec<Cand>, past: &[Cand], diags: &mut Vec<Diagnostic>) -> Vec<Cand> {
    let (tables, prose): (Vec<Cand>, Vec<Cand>) =
        cands.into_iter().partition(|c| c.kind == SourceKind::Table);
    let mut all = absorb_restatements(tables, prose);
    all.sort_by_key(|c| c.quote.0);
    expand_short_names(&mut all);
    let unstated: Vec<bool> = all.iter().map(|c| c.baseline.is_none()).collect();
    attach_past(&mut all, past);
    table_base_first(&mut all, &unstated);
    // The statements' name keys and groups, made once for the two passes that read them
    // (neither changes a name).
    let keys: Vec<String> = all.iter().map(|c| name_key(&c.name)).collect();
    let groups = groups_of_keys(&keys);
    report_conflicts(&all, &groups, diags);
    carry(&mut all, &keys, &groups);
    for c in &mut all {
        fill_double(c);
        fill_rise(c);
        check_baseline(c, diags);
    }
    // A relative rise whose base value the text never gives is no target.
    all.retain(|c| !c.targets.is_empty() || c.growth.is_some());
    absorb_computed(all)
}

/// 截至2025年10月底，…拥有量2864件 and a table's 2025年（预计） column of 2950: for the same
/// year, the base the plan's table sets is the baseline of a milestone that states none.
fn table_base_first(all: &mut [Cand], unstated: &[bool]) {
    let mut rows: BTreeMap<String, (Measure, Option<String>)> = BTreeMap::new();
    for c in all.iter().filter(|c| c.kind == SourceKind::Table) {
        if let Some(b) = &c.baseline {
            rows.entry(measure_key(&c.name))
                .or_insert_with(|| (b.clone(), c.unit.clone()));
        }
    }
    if rows.is_empty() {
        return;
    }
    for (c, _) in all
        .iter_mut()
        .zip(unstated)
        .filter(|(c, u)| **u && c.kind == SourceKind::Prose)
    {
        let Some((t, unit)) = rows.get(&measure_key(&c.name)) else {
            continue;
        };
        if let Some(b) = c.baseline.as_mut() {
            // (A base written in another unit than the target's, 7856件 for 1.3万件, is
            // the same figure: left as it is.)
            let same_unit = b.unit.is_none() && t.unit.is_none() && c.unit == *unit;
            if b.year == t.year && same_unit && !same_value(Some(b.value), Some(t.value)) {
                *b = t.clone();
            }
        }
    }
}

/// 2027年，认证企业达到40家 after …通过知识产权合规管理体系认证的企业达到31家: a short
/// name (AB) that a statement just before wrote out in full (…A的B) takes the full name.
fn expand_short_names(all: &mut [Cand]) {
    for i in 0..all.len() {
        let Some(c) = all.get(i) else { continue };
        let chars: Vec<char> = c.name.chars().collect();
        let n = chars.len();
        if !(4..=6).contains(&n) {
            continue;
        }
        let forms: Vec<String> = (2..=n - 2)
            .map(|k| {
                let (a, b) = chars.split_at(k);
                format!("{}的{}", String::from_iter(a), String::from_iter(b))
            })
            .collect();
        let long = (i.saturating_sub(32)..i).rev().find_map(|j| {
            let f = all.get(j)?;
            let written = f.name.chars().count() >= n + 4
                && forms.iter().any(|w| f.name.ends_with(w.as_str()))
                && units_agree(c.unit.as_deref(), f.unit.as_deref());
            written.then(|| f.name.clone())
        });
        if let (Some(l), Some(c)) = (long, all.get_mut(i)) {
            c.name = l;
        }
    }
}

/// 质押融资登记金额较2025年增长50% (1.2亿元 × 1.5) and, later, …登记金额达到1.8亿元: a
/// statement of the value a relative rise comes to restates it (known only once the rise
/// is computed), and is absorbed by it.
fn absorb_computed(all: Vec<Cand>) -> Vec<Cand> {
    let key_of = |c: &Cand| -> Option<(String, i32, i64)> {
        match c.targets.as_slice() {
            [t] => Some((name_key(&c.name), t.year, ord(t.value?))),
            _ => None,
        }
    };
    // (Most texts have no relative rise: nothing to look up then.)
    if all.iter().all(|c| c.rise.is_none()) {
        return all;
    }
    let mut computed: BTreeMap<(String, i32, i64), usize> = BTreeMap::new();
    let mut out: Vec<Cand> = Vec::with_capacity(all.len());
    for c in all {
        // (A key is made only once a computed value can match it.)
        let key = (c.rise.is_some() || !computed.is_empty())
            .then(|| key_of(&c))
            .flatten();
        if let Some(i) = key.as_ref().and_then(|k| computed.get(k)).copied() {
            if let Some(first) = out
                .get_mut(i)
                .filter(|f| f.rise.is_some() && c.rise.is_none())
            {
                absorb(first, &c);
                continue;
            }
        }
        if let Some(k) = key.filter(|_| c.rise.is_some()) {
            computed.entry(k).or_insert(out.len());
        }
        out.push(c);
    }
    out
}

/// Each prose statement is absorbed by the first table row or earlier kept statement
/// (in that order) of the same indicator, or kept. Returns the table rows, then the kept
/// statements.
fn absorb_restatements(tables: Vec<Cand>, prose: Vec<Cand>) -> Vec<Cand> {
    let mut index = Restated::default();
    let mut all: Vec<Cand> = Vec::with_capacity(tables.len());
    // A table given twice (in the text and again in an annex): each row once, the first.
    for t in tables {
        let key = name_key(&t.name);
        let dup = index.sharing(&t).into_iter().find(|&i| {
            index.keys.get(i).is_some_and(|k| keys_match(k, &key))
                && all.get(i).is_some_and(|f| shares_target(f, &t))
        });
        match dup.and_then(|i| all.get_mut(i)) {
            Some(first) => absorb(first, &t),
            None => {
                index.add(all.len(), &t, key);
                all.push(t);
            }
        }
    }
    // (The table rows come first in `all`.)
    let rows = all.len();
    for c in prose {
        let key = name_key(&c.name);
        let same_key = |i: usize| index.keys.get(i).is_some_and(|k| keys_match(k, &key));
        // A task-list row (due 2022年底前) restating an earlier statement that wrote no
        // year: one indicator, due when the row says.
        if let (true, [t]) = (c.due && c.kind == SourceKind::Prose, c.targets.as_slice()) {
            let (lo, hi) = near(t.value.unwrap_or(f64::NAN));
            let earlier = index
                .by_default_value
                .range(lo..=hi)
                .flat_map(|(_, ids)| ids.iter().copied())
                .find(|&i| same_key(i));
            if let Some(e) = earlier.and_then(|i| all.get_mut(i)) {
                if let [et] = e.targets.as_mut_slice() {
                    et.year = t.year;
                    e.default_year = false;
                    continue;
                }
            }
        }
        // (产值达到410亿元 restating 专利密集型产品产值's 410 of the same year: a
        // two-char name that ends the other's restates it only with a shared target.)
        // (…实施专利累计达到200项, its name cut to 专利, restating 专利开放许可实施项目's 200:
        // or one that starts the other's.)
        let tail_key = |i: usize| {
            key.chars().count() == 2
                && index
                    .keys
                    .get(i)
                    .is_some_and(|k| k.ends_with(&key) || k.starts_with(&key))
        };
        // (登记证书累计发放量达到1500件 restating 累计发放…登记证书1500件: the same
        // thing once its measure word is off.)
        let measure = measure_of_key(key.clone());
        // (备案专利密集型产品150件 restating 专利密集型产品备案数量's 150: the verb moved to
        // the end.)
        let moved = verb_to_end(&key);
        let same_measure = |i: usize| {
            let row = || all.get(i).map(|t| measure_key(&t.name));
            (measure != key && row().is_some_and(|k| keys_match(&k, &measure)))
                || moved
                    .as_ref()
                    .is_some_and(|m| row().is_some_and(|k| &k == m))
        };
        let found = index
            .sharing(&c)
            .into_iter()
            .find(|&i| {
                (same_key(i) || tail_key(i) || same_measure(i))
                    && all.get(i).is_some_and(|t| shares_target(t, &c))
            })
            .or_else(|| {
                // A statement with no year of its own (the end year by default) restating
                // a task-table row due earlier (2个, 2027年底前).
                let v = c.targets.first().and_then(|t| t.value)?;
                if !c.default_year || c.targets.len() != 1 {
                    return None;
                }
                let (lo, hi) = near(v);
                index
                    .by_value
                    .range(lo..=hi)
                    .flat_map(|(_, ids)| ids.iter().copied())
                    .find(|&i| same_key(i))
            })
            .or_else(|| {
                // 较2020年翻一番 restating a row that doubles its base value (236 → 472).
                let [t] = c.targets.as_slice() else {
                    return None;
                };
                if t.op != Op::Double || t.value.is_some() {
                    return None;
                }
                // (专利转让许可次数：较2020年翻一番 restated in the tasks: two doublings of
                // the same year, neither with a value yet, are found by the year too.)
                // (A restatement names it as fully, shorter, or with the place before it
                // (合浦工业园区有效发明专利拥有量): 规上工业企业有效发明专利拥有量 narrows
                // 有效发明专利拥有量, it does not restate it.)
                let restates = |k: &String| {
                    k.len() >= key.len()
                        || key.strip_suffix(k.as_str()).is_some_and(|place| {
                            ["区", "市", "县", "园"].iter().any(|w| place.ends_with(w))
                        })
                };
                index
                    .doubled
                    .get(&t.year)?
                    .iter()
                    .copied()
                    .find(|&i| same_key(i) && index.keys.get(i).is_some_and(restates))
            })
            .or_else(|| {
                // 较2025年增长50% restating a row that goes from 86 to 129: the rise of
                // the row's own base value, in the same year.
                let ([t], Some((year, factor, add))) = (c.targets.as_slice(), c.rise) else {
                    return None;
                };
                if t.value.is_some() || t.op == Op::Double {
                    return None;
                }
                // (Rows only: a text with many rises compares each with the tables,
                // not with every statement kept.)
                all.iter().take(rows).enumerate().position(|(i, r)| {
                    let Some(b) = r.baseline.as_ref().filter(|b| b.year == year) else {
                        return false;
                    };
                    let want = b.value * factor + add;
                    same_key(i)
                        && r.targets.iter().any(|rt| {
                            rt.year == t.year
                                && rt
                                    .value
                                    .is_some_and(|v| (v - want).abs() <= 1e-6 * want.abs().max(1.0))
                        })
                })
            })
            .or_else(|| {
                // 累计达到2亿元 restating a 〔20000〕万元 row: the same value in another unit.
                SCALES.iter().find_map(|&f| {
                    let scaled = rescaled(&c, f);
                    index.sharing(&scaled).into_iter().find(|&i| {
                        same_key(i)
                            && all.get(i).is_some_and(|t| {
                                unit_factor(c.unit.as_deref(), t.unit.as_deref()) == Some(f)
                                    && shares_target(t, &scaled)
                            })
                    })
                })
            });
        match found.and_then(|i| all.get_mut(i).map(|t| (i, t))) {
            Some((i, t)) => {
                let had_growth = t.growth.is_some();
                absorb(t, &c);
                // A statement with no targets is found by its (new) growth rate.
                if !had_growth && t.targets.is_empty() {
                    if let (Some(g), Some(key)) = (&t.growth, index.keys.get(i)) {
                        let ids = index.by_growth.entry(ord(g.annual_rate_pct)).or_default();
                        push_first_of_key(ids, i, key, &index.keys);
                    }
                }
            }
            None => {
                index.add(all.len(), &c, key);
                all.push(c);
            }
        }
    }
    all
}

/// The statements that prose restatements can merge into, indexed by their target values,
/// so that each restatement is compared with the few statements that share a value, not
/// with all of them (quadratic in a long text).
#[derive(Default)]
struct Restated {
    /// Name keys, by statement.
    keys: Vec<String>,
    /// (year, value) of each target with a value → statements.
    by_target: BTreeMap<(i32, i64), Vec<usize>>,
    /// Growth rate of statements without targets → statements.
    by_growth: BTreeMap<i64, Vec<usize>>,
    /// Target value of task-table rows with a 完成时限, whatever the year → rows.
    by_value: BTreeMap<i64, Vec<usize>>,
    /// Target value of statements with one target and no year written (the plan's end)
    /// → statements: what a task-list row restates with its deadline.
    by_default_value: BTreeMap<i64, Vec<usize>>,
    /// Years of targets twice the statement's baseline (236 → 472) → statements: what a
    /// 翻一番 without a value restates.
    doubled: BTreeMap<i32, Vec<usize>>,
}

impl Restated {
    /// Adds statement `i`, whose name key (made by the caller already) is `key`.
    fn add(&mut self, i: usize, c: &Cand, key: String) {
        for t in &c.targets {
            if let Some(v) = t.value {
                let ids = self.by_target.entry((t.year, ord(v))).or_default();
                push_first_of_key(ids, i, &key, &self.keys);
            }
        }
        if let (true, Some(g)) = (c.targets.is_empty(), &c.growth) {
            let ids = self.by_growth.entry(ord(g.annual_rate_pct)).or_default();
            push_first_of_key(ids, i, &key, &self.keys);
        }
        let base = c.baseline.as_ref().map(|b| 2.0 * b.value);
        // (A doubling with no value yet is found by its year too.)
        for t in c.targets.iter().filter(|t| {
            base.is_some() && same_value(t.value, base) || t.op == Op::Double && t.value.is_none()
        }) {
            let ids = self.doubled.entry(t.year).or_default();
            push_first_of_key(ids, i, &key, &self.keys);
        }
        if let (true, [t]) = (c.default_year, c.targets.as_slice()) {
            if let Some(v) = t.value {
                let ids = self.by_default_value.entry(ord(v)).or_default();
                push_first_of_key(ids, i, &key, &self.keys);
            }
        }
        if c.due {
            for v in c.targets.iter().filter_map(|t| t.value) {
                let ids = self.by_value.entry(ord(v)).or_default();
                push_first_of_key(ids, i, &key, &self.keys);
            }
        }
        self.keys.push(key);
    }
}

/// Adds statement `i` (name key `key`) to a list of statements with one exact value,
/// keeping only the earliest statement of each key: where a later one would match a
/// restatement through this value, the earlier one does too, and the earliest match
/// wins. (A table restated in every copy of a repeated text would otherwise make the
/// list, and each look-up, grow with the text.)
fn push_first_of_key(ids: &mut Vec<usize>, i: usize, key: &str, keys: &[String]) {
    match ids
        .iter_mut()
        .find(|j| keys.get(**j).is_some_and(|k| k == key))
    {
        Some(j) => *j = i.min(*j),
        None => ids.push(i),
    }
}

impl Restated {
    /// Statements that may share a target with `c` (every one that does, and maybe a few
    /// more: the caller checks), in statement order.
    fn sharing(&self, c: &Cand) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for t in &c.targets {
            if let Some(v) = t.value {
                let (lo, hi) = near(v);
                for (_, ids) in self.by_target.range((t.year, lo)..=(t.year, hi)) {
                    out.extend(ids);
                }
            }
        }
        if let (true, Some(g)) = (c.targets.is_empty(), &c.growth) {
            let (lo, hi) = near(g.annual_rate_pct);
            for (_, ids) in self.by_growth.range(lo..=hi) {
                out.extend(ids);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A float as an integer in the same order (for range lookups).
fn ord(v: f64) -> i64 {
    let b = v.to_bits() as i64;
    b ^ (((b >> 63) as u64) >> 1) as i64
}

/// Keys bounding every value that [`same_value`] can take for equal to `v` (with margin).
fn near(v: f64) -> (i64, i64) {
    let d = 4e-9 * v.abs().max(1.0);
    let (a, b) = (ord(v - d), ord(v + d));
    // Ordered even for a value that is not finite (∞ − ∞ is NaN): a range lookup with its
    // ends swapped would panic. (Such a value equals nothing anyway.)
    (a.min(b), a.max(b))
}

/// 较2022年增长50%: the target is 1.5 × the 2022 value when the baseline is that year's
/// (提高3个百分点: that value + 3); otherwise the target cannot be stated and is dropped.
fn fill_rise(c: &mut Cand) {
    let Some((year, factor, add)) = c.rise else {
        return;
    };
    // 比2020年翻一番: the rise only chose the base value (`attach_past`); `fill_double`
    // states it, and an x2 target stays one without a base value.
    if c.targets.iter().any(|t| t.op == Op::Double) {
        return;
    }
    let base = c
        .baseline
        .as_ref()
        .filter(|b| b.year == year)
        .map(|b| b.value);
    match base {
        Some(b) => {
            // The value is in the base value's unit.
            if c.unit.is_none() {
                c.unit = c.baseline.as_mut().and_then(|b| b.unit.take());
            }
            for t in c.targets.iter_mut().filter(|t| t.value.is_none()) {
                // Rounded to the precision of the inputs: 15.6 × 1.5 is 23.4, not 23.400000000000002.
                t.value = Some(((b * factor + add) * 1e6).round() / 1e6);
            }
        }
        None => c.targets.retain(|t| t.value.is_some()),
    }
}

/// A name reduced for comparison: folded, without blanks, punctuation, parentheses
/// and their contents, or a leading region word.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut depth = 0;
    for c in name.chars().map(fold) {
        match c {
            '(' | '〔' | '[' => depth += 1,
            ')' | '〕' | ']' => depth -= 1,
            _ if depth > 0 => {}
            // 名录的商标 and 名录商标: 的 joins, it names nothing.
            _ if is_space(c)
                || matches!(
                    c,
                    '“' | '”'
                        | '"'
                        | '\''
                        | '‘'
                        | '’'
                        | '《'
                        | '》'
                        | '「'
                        | '」'
                        | '、'
                        | ','
                        | '.'
                        | ';'
                        | ':'
                        | '·'
                        | '-'
                        | '—'
                        | '_'
                        | '/'
                        | '的'
                ) => {}
            _ => out.push(c),
        }
    }
    // The chars the rules below look for first, noted in one pass (`str::contains` of a
    // char searches for its bytes: several times the cost, for every name compared). No
    // rule adds one of them: the marks hold after each replacement.
    let marks = out.chars().fold(0u8, |m, c| {
        m | match c {
            '案' => 1,
            '商' => 2,
            '规' => 4,
            '从' => 8,
            '领' | '行' => 16,
            '首' => 32,
            _ => 0,
        }
    });
    // 行政裁决案件平均办案周期 and 行政裁决平均办案周期 measure the same cases.
    // (纠纷案件调解成功率 and 纠纷调解成功率 too.)
    if marks & 1 != 0
        && ["案件平均", "案件结案率", "案件调解"]
            .iter()
            .any(|w| out.contains(w))
    {
        out = out
            .replace("案件平均", "平均")
            .replace("案件结案率", "结案率")
            .replace("案件调解", "调解");
    }
    // 有效商标注册量 and 有效注册商标量: the same count, its words in another order.
    // (A char looked for before each word: this runs for every name compared.)
    if marks & 2 != 0 && out.contains("商标注册量") {
        out = out.replace("商标注册量", "注册商标量");
    }
    // 规上 is short for 规模以上 (规上工业企业).
    if marks & 4 != 0 && out.contains("规上") {
        out = out.replace("规上", "规模以上");
    }
    // 服务机构从业人员 and 服务业从业人员: the same people.
    if marks & 8 != 0 && out.contains("机构从业人员") {
        out = out.replace("服务机构从业人员", "服务业从业人员");
    }
    // 集成电路领域 / 集成电路产业 / 集成电路行业: the same sector.
    if marks & 16 != 0 {
        out = out.replace("领域", "产业").replace("行业", "产业");
    }
    // 培育库首批入库企业21家 and 培育库入库企业达到50家: the first intake is the stock so far.
    if marks & 32 != 0 && out.contains("首批") {
        out = out.replace("首批", "");
    }
    // (A word's first byte compared first: most keys start with none of them.)
    let first = out.as_bytes().first();
    for w in REGION_WORDS
        .iter()
        .filter(|w| w.as_bytes().first() == first)
    {
        if let Some(r) = out.strip_prefix(w) {
            if r.chars().count() >= 2 {
                return r.to_string();
            }
        }
    }
    out
}

/// A key that starts with a registering verb, that verb put at the end (备案专利密集型产品
/// → 专利密集型产品备案), when the rest is a name of its own (4 chars or more).
fn verb_to_end(key: &str) -> Option<String> {
    ["备案", "认定", "登记"].iter().find_map(|v| {
        let rest = key.strip_prefix(v)?;
        (rest.chars().count() >= 4).then(|| format!("{rest}{v}"))
    })
}

/// A name key without a trailing generic measure word (有效发明专利拥有量 → 有效发明专利):
/// a review sentence often names the thing, the target its measure.
fn measure_key(name: &str) -> String {
    measure_of_key(name_key(name))
}

/// [`measure_key`] of a name already reduced by [`name_key`].
fn measure_of_key(k: String) -> String {
    // 园区知识产权保险投保企业18家 in a park's plan: the park's own, like 全区.
    let k = match k.strip_prefix("园区") {
        Some(r) if r.chars().count() >= 4 => r.to_string(),
        _ => k,
    };
    // 查办各类知识产权侵权假冒案件41件: every kind of the thing is the thing.
    let k = match ["各类", "各种", "各项"]
        .iter()
        .find_map(|w| k.strip_prefix(w))
    {
        Some(r) if r.chars().count() >= 4 => r.to_string(),
        _ => k,
    };
    // (…达成许可38项，涉及被许可企业31家: the firms the licences reached.)
    let k = match k.strip_prefix("涉及") {
        Some(r) if r.chars().count() >= 3 => r.to_string(),
        _ => k,
    };
    // 质押融资登记金额年度值 is the year's 质押融资登记金额.
    let k = match k.strip_suffix("年度值") {
        Some(r) if r.chars().count() >= 3 => r.to_string(),
        _ => k,
    };
    // 品牌价值评估为8.6亿元: the value the appraisal found.
    let k = match k.strip_suffix("评估") {
        Some(r) if r.ends_with("价值") && r.chars().count() >= 4 => r.to_string(),
        _ => k,
    };
    // 登记证书累计发放量 and 累计发放登记证书1500件: the thing issued, named by its issue.
    let k = match k
        .strip_suffix("发放量")
        .or_else(|| k.strip_suffix("发放数"))
    {
        Some(r) if r.chars().count() >= 3 => r.trim_end_matches("累计").to_string(),
        _ => k,
    };
    // 授权产品年销售额 is the 授权产品销售额 of a year (年产值, 年交易额 alike).
    let k = match ["年销售额", "年产值", "年交易额", "年营业收入"]
        .iter()
        .find_map(|w| k.strip_suffix(w).map(|r| (r, w)))
    {
        Some((r, w)) if r.chars().count() >= 2 => format!("{r}{}", w.trim_start_matches('年')),
        _ => k,
    };
    for w in [
        "拥有量",
        "数量",
        "次数",
        "件数",
        "总数",
        "总量",
        "总额",
        // 带动就业人数 and 带动就业32万人.
        "人数",
        // 质押登记笔数 and 办理质押登记126笔.
        "笔数",
        // 保护措施批次 and 采取保护措施50批次: a name ending in the unit it counts in.
        "批次",
        "人次",
        "家次",
        "场次",
        // 商标专用权质押融资金额 and 商标专用权质押融资12.3亿元.
        "金额",
        "额",
        "规模",
        "量",
        "数",
    ] {
        if let Some(r) = k.strip_suffix(w) {
            if r.chars().count() >= 3 {
                return r.to_string();
            }
        }
    }
    k
}

/// Whether two names can denote the same indicator: equal, one containing the other,
/// or the shorter one's characters in order inside the longer (案件增幅 / 案件年增幅).
pub fn names_match(a: &str, b: &str) -> bool {
    keys_match(&name_key(a), &name_key(b))
}

/// [`names_match`] on names already reduced by [`name_key`].
fn keys_match(ka: &str, kb: &str) -> bool {
    if ka == kb {
        return true;
    }
    // 占地区生产总值比重 and 占GDP比重 say the same.
    let gdp = |k: &str| {
        k.replace("地区生产总值", "GDP")
            .replace("国内生产总值", "GDP")
    };
    if ka.contains("GDP") != kb.contains("GDP")
        && (ka.contains("生产总值") || kb.contains("生产总值"))
    {
        let (a, b) = (gdp(ka), gdp(kb));
        if a == b || same_key_text(&a, &b) {
            return true;
        }
    }
    same_key_text(ka, kb)
}

/// [`keys_match`] on the keys as written.
fn same_key_text(ka: &str, kb: &str) -> bool {
    if ka == kb {
        return true;
    }
    // 每万人口高价值发明专利拥有量 and 每万人口发明专利拥有量: two indicators.
    if ka.contains("高价值") != kb.contains("高价值") {
        return false;
    }
    let (s, l) = if ka.chars().count() <= kb.chars().count() {
        (ka, kb)
    } else {
        (kb, ka)
    };
    let ns = s.chars().count();
    if ns < 3 {
        return false;
    }
    if l.contains(s) {
        return true;
    }
    // 维权援助工作站总数 and 知识产权维权援助工作站: the total of the same bodies (either
    // may be the longer: 预审服务备案企业总数 / 专利预审服务备案企业).
    for (x, y) in [(s, l), (l, s)] {
        if let Some(c) = x.strip_suffix("总数") {
            if c.chars().count() >= 3 && y.ends_with(c) {
                return true;
            }
        }
    }
    let s = s
        .strip_suffix("数量")
        .or_else(|| s.strip_suffix("总量"))
        .or_else(|| s.strip_suffix('量'))
        .or_else(|| s.strip_suffix('率'))
        .unwrap_or(s);
    let ns = s.chars().count();
    ns >= 3 && ns * 10 >= l.chars().count() * 4 && is_subsequence(s, l)
}

/// Whether the chars of `s` occur in `l` in order.
pub(super) fn is_subsequence(s: &str, l: &str) -> bool {
    let mut it = l.chars();
    s.chars().all(|c| it.any(|d| d == c))
}

fn same_value(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(1.0),
        _ => false,
    }
}

fn shares_target(a: &Cand, b: &Cand) -> bool {
    let targets = a.targets.iter().any(|x| {
        b.targets
            .iter()
            .any(|y| x.year == y.year && same_value(x.value, y.value))
    });
    let growth = a.targets.is_empty()
        && b.targets.is_empty()
        && match (&a.growth, &b.growth) {
            (Some(x), Some(y)) => same_value(Some(x.annual_rate_pct), Some(y.annual_rate_pct)),
            _ => false,
        };
    targets || growth
}

/// Factors between a unit with 万 or 亿 and the same unit with another or none.
const SCALES: [f64; 4] = [1e4, 1e8, 1e-4, 1e-8];

/// The factor that turns a value in unit `a` into one in unit `b` (亿元 → 万元: 1e4),
/// when they differ only by 万 / 亿.
fn unit_factor(a: Option<&str>, b: Option<&str>) -> Option<f64> {
    let ((fa, ra), (fb, rb)) = (unit_scale(a?), unit_scale(b?));
    (ra == rb && !ra.is_empty() && fa != fb).then_some(fa / fb)
}

/// A unit's 万 / 亿 factor and the rest of it (万元 → 1e4, 元).
fn unit_scale(u: &str) -> (f64, &str) {
    match u.chars().next() {
        // (萬 / 億 on pages in traditional characters.)
        Some('万' | '萬') => (1e4, u.get(3..).unwrap_or("")),
        Some('亿' | '億') => (1e8, u.get(3..).unwrap_or("")),
        _ => (1.0, u),
    }
}

/// `c` with its target values multiplied by `f`.
fn rescaled(c: &Cand, f: f64) -> Cand {
    let mut out = c.clone();
    for t in &mut out.targets {
        t.value = t.value.map(|v| v * f);
    }
    out.targets
        .iter_mut()
        .for_each(|t| t.high = t.high.map(|v| v * f));
    out
}

/// Fills what `into` lacks from a restatement.
fn absorb(into: &mut Cand, from: &Cand) {
    if into.unit.is_none() {
        into.unit = from.unit.clone();
    }
    if into.baseline.is_none() {
        into.baseline = from.baseline.clone();
        // A baseline written in another unit (2亿元 for a 万元 row) says which.
        if let Some(b) = into.baseline.as_mut().filter(|_| into.unit != from.unit) {
            b.unit = b.unit.take().or_else(|| from.unit.clone());
        }
    }
    if into.attribute.is_none() {
        into.attribute = from.attribute;
    }
    if into.growth.is_none() {
        into.growth = from.growth.clone();
    }
}

fn first_target_year(c: &Cand) -> Option<i32> {
    c.targets.iter().map(|t| t.year).min()
}

fn baseline_fits(c: &Cand, year: i32) -> bool {
    first_target_year(c).is_none_or(|t| year < t)
}

/// A rate named by itself (检查覆盖率, 办结率, 占比): what it is a rate of stands in the
/// clause before it ([`super::prose::is_bare_rate`], and a share).
fn is_bare_rate(key: &str) -> bool {
    super::prose::is_bare_rate(key) || key.ends_with("占比") && key.chars().count() <= 5
}

/// Baselines from the previous period's values of the same indicator (equal names).
fn attach_past(all: &mut [Cand], past: &[Cand]) {
    // Past values by key: each target looks only at those of its own name.
    let mut by_key: BTreeMap<String, Vec<&Cand>> = BTreeMap::new();
    let mut fieldless: BTreeMap<String, Vec<&Cand>> = BTreeMap::new();
    for p in past {
        let key = measure_key(&p.name);
        // 知识产权快速维权案件平均办结周期18个工作日 and 快速维权案件平均办结周期: the field
        // word written in the review only (the converse of `without_field` below; looked
        // up for the whole key only).
        if let Some(k) = without_field(&key) {
            fieldless.entry(k).or_default().push(p);
        }
        by_key.entry(key).or_default().push(p);
        // 高校院所建有技术转移机构41家 / 高校院所登记涉及专利的…: a verb of having
        // between the holder and the thing, which the target leaves out.
        if let Some(k) = without_inner_verb(&p.name) {
            by_key.entry(measure_key(&k)).or_default().push(p);
        }
        // 各级行政执法部门共查处侵权假冒案件587件: the cases after the verb are what was
        // counted, whoever handled them.
        if let Some(thing) = after_handling_verb(&p.name) {
            by_key.entry(measure_key(thing)).or_default().push(p);
        }
        // 区内企业标准必要专利许可收入9.6亿元: the plan's own firms, whom its target
        // leaves unnamed.
        if let Some(rest) = own_firms(&p.name) {
            by_key.entry(measure_key(rest)).or_default().push(p);
        }
        // 驻市高校院所有效发明专利1320件: the institutions placed in the plan's region,
        // which its target leaves unplaced.
        if let Some(rest) = ["驻市", "驻区", "驻县", "驻州"]
            .iter()
            .find_map(|w| p.name.strip_prefix(w))
            .filter(|r| r.chars().count() >= 4)
        {
            by_key.entry(measure_key(rest)).or_default().push(p);
        }
        // 窗口全年办件量2140件: the 窗口年办件量 of that year.
        if let Some(i) = p.name.find("全年").filter(|&i| i > 0) {
            let k = format!("{}{}", &p.name[..i], &p.name[i + "全".len()..]);
            by_key.entry(measure_key(&k)).or_default().push(p);
        }
        // 通过“渝快调”等平台在线调解案件占比22.4%: the means before the measure narrow
        // nothing.
        if let Some(rest) = through_means(&p.name) {
            by_key.entry(measure_key(rest)).or_default().push(p);
        }
        // The names a review's wording gives a measure that its target words otherwise.
        for k in reworded(&p.name) {
            by_key.entry(measure_key(&k)).or_default().push(p);
        }
        // 中国（包头）稀土知识产权快速维权中心等快速维权中心3家: the kind after 等 is what
        // was counted.
        if let Some((head, kind)) = p.name.rsplit_once('等') {
            if kind.chars().count() >= 4 {
                by_key.entry(measure_key(kind)).or_default().push(p);
                // (抽检天台乌药等地理标志产品22批次: with the verb that leads the list.)
                if let Some(v) = ["抽检", "检查"].iter().find(|v| head.starts_with(**v)) {
                    by_key
                        .entry(measure_key(&format!("{v}{kind}")))
                        .or_default()
                        .push(p);
                }
            }
        }
    }
    // 建成梧州宝石、玉林中医药知识产权快速维权中心2家: the fields listed before the name
    // narrow nothing; such a value is the baseline of the name after them.
    let listed: Vec<(String, &Cand)> = past
        .iter()
        .filter(|p| p.name.contains('、'))
        .map(|p| (measure_key(&p.name), p))
        .collect();
    // Past values that quote a term, with their keys (the last few hundred: a long text
    // may hold thousands).
    let quoted: Vec<(String, &Cand)> = past
        .iter()
        .filter(|p| p.name.contains('“'))
        .map(|p| (measure_key(&p.name), p))
        .collect();
    let quoted = quoted
        .get(quoted.len().saturating_sub(256)..)
        .unwrap_or(&[]);
    // The same keys reversed, to find those that end with a target's key.
    let by_rev: BTreeMap<String, &Vec<&Cand>> = by_key
        .iter()
        .map(|(k, v)| (super::scan::string_in(k.len(), k.chars().rev()), v))
        .collect();
    // The same keys with their chars sorted, to find the same words in another order.
    let mut by_chars: BTreeMap<String, Vec<&Cand>> = BTreeMap::new();
    for (k, v) in by_key.iter().filter(|(k, _)| k.chars().count() >= 6) {
        by_chars.entry(sorted_chars(k)).or_default().extend(v);
    }
    // 开展现场检查，检查覆盖率82.4% and 专利代理机构年度检查覆盖率: a bare rate reported
    // after a clause on whom, for the one target name that ends with it.
    let bare_rates: Vec<(&String, &Vec<&Cand>)> =
        by_key.iter().filter(|(k, _)| is_bare_rate(k)).collect();
    let mut ending: BTreeMap<&str, std::collections::BTreeSet<String>> = BTreeMap::new();
    if !bare_rates.is_empty() {
        for c in all.iter() {
            let k = measure_key(&c.name);
            for (r, _) in &bare_rates {
                if k.len() > r.len() && k.ends_with(r.as_str()) {
                    ending.entry(r.as_str()).or_default().insert(k.clone());
                }
            }
        }
    }
    let mut tail: Vec<&Cand> = Vec::new();
    // Past values by where they stand, with their keys: who a passage is about (made
    // when first needed).
    let mut placed: Option<Vec<(usize, String)>> = None;
    for c in all.iter_mut().filter(|c| c.baseline.is_none()) {
        let key = measure_key(&c.name);
        let same_name = match by_key.get(&key) {
            Some(v) => v,
            // 法院聘任技术调查官48名: the subject and verb before the name narrow nothing.
            None if let Some(v) = subject_verb_before(&by_rev, &key) => v,
            // 专利密集型产品备案数量 and 备案专利密集型产品6860件: the verb on either side.
            None if let Some(v) = verb_first(&key).and_then(|k| by_key.get(&k)) => v,
            // 行政裁决案件办理量 and 办理行政裁决案件86件: the verb dropped from the front.
            None if let Some(v) = verb_moved(&key).iter().find_map(|k| by_key.get(k)) => v,
            // 知识产权快速维权中心 and 快速维权中心3家: the field word added or left out.
            None if let Some(v) = without_field(&key).and_then(|k| by_key.get(&k)) => v,
            None if let Some(v) = fieldless.get(&key) => v,
            // 网点总数达到12个 and 全县已建成知识产权信息公共服务网点2个: the total of a
            // kind of body is the count of all of that kind so far.
            None if let Some(core) = c
                .name
                .strip_suffix("总数")
                .filter(|k| (2..=4).contains(&k.chars().count())) =>
            {
                tail.clear();
                for (_, v) in keys_ending_with(&by_rev, core) {
                    tail.extend(v.iter().copied());
                }
                tail.sort_by_key(|p| p.quote.0);
                &tail
            }
            // “白名单”入库企业 and 知识产权质押融资“白名单”入库企业168家: a quoted term
            // names one thing; the words before it narrow nothing.
            None if let hits = quoted_hits(quoted, &c.name, &key)
                && !hits.is_empty() =>
            {
                tail = hits;
                &tail
            }
            // 投保…责任保险企业9家 and …责任保险投保企业数量: the same words in another
            // order.
            None if key.chars().count() >= 6
                && let Some(v) = by_chars.get(&sorted_chars(&key)) =>
            {
                v
            }
            None if let Some(v) = bare_rates
                .iter()
                .find(|(r, _)| {
                    key.ends_with(r.as_str())
                        && ending.get(r.as_str()).is_some_and(|t| t.len() == 1)
                })
                .map(|(_, v)| *v) =>
            {
                v
            }
            // (The last few hundred such values only: a long text may hold thousands.)
            None if key.chars().count() >= 4 => {
                tail.clear();
                let recent = listed
                    .get(listed.len().saturating_sub(256)..)
                    .unwrap_or(&[]);
                tail.extend(
                    recent
                        .iter()
                        .filter(|(k, _)| k.len() > key.len() && k.ends_with(&key))
                        .map(|(_, p)| *p),
                );
                if tail.is_empty() {
                    let placed = placed.get_or_insert_with(|| {
                        let mut v: Vec<(usize, String)> = past
                            .iter()
                            .map(|p| (p.quote.0, name_key(&p.name)))
                            .collect();
                        v.sort();
                        v
                    });
                    holder_dropped(&by_key, placed, &key, &mut tail);
                }
                &tail
            }
            None => continue,
        };
        let fits = |p: &&&Cand| {
            same_measure(c, p)
                && units_agree(c.unit.as_deref(), p.unit.as_deref())
                && p.baseline
                    .as_ref()
                    .is_some_and(|b| baseline_fits(c, b.year))
        };
        // 较2022年增长50%, 比2020年翻一番: the value of the year named, when the text
        // gives it; else the latest.
        let named = c.rise.map(|r| r.0);
        let found = same_name
            .iter()
            .rev()
            .filter(fits)
            .find(|p| named.is_some_and(|y| p.baseline.as_ref().is_some_and(|b| b.year == y)))
            .or_else(|| same_name.iter().rev().find(fits))
            .copied();
        // 通过认证企业数量较2025年翻一番 and 通过知识产权合规管理体系认证企业数量48家:
        // against a year the text names, that year's value under a longer name of the same
        // words.
        let found = found.or_else(|| {
            let y = named?;
            past.iter().rev().find(|p| {
                p.baseline.as_ref().is_some_and(|b| b.year == y)
                    && shortened(&key, &measure_key(&p.name))
                    && fits(&p)
            })
        });
        // 专利开放许可达成许可项目数较2023年翻一番 and 2023年，…达成许可126项: a doubling
        // against a year the text names, that year's one value whose name ends the
        // other's (count words aside).
        let found = found.or_else(|| {
            let y = named.filter(|_| c.targets.iter().any(|t| t.op == Op::Double))?;
            let core = count_core(&key);
            let mut hits = past.iter().filter(|p| {
                let pk = measure_key(&p.name);
                let pc = count_core(&pk);
                p.baseline.as_ref().is_some_and(|b| b.year == y)
                    && pc.chars().count() >= 4
                    && (core.ends_with(pc) || pc.ends_with(core))
                    && fits(&p)
            });
            let first = hits.next()?;
            hits.next().is_none().then_some(first)
        });
        // 办理知识产权质押登记28笔，质押登记金额1.82亿元: when the words matched first
        // fit nothing (another measure of the same field), the field word left out.
        let found = found.or_else(|| {
            let v = without_field(&key).and_then(|k| by_key.get(&k))?;
            v.iter().rev().find(fits).copied()
        });
        // 地理标志产品质量抽检合格率 and 抽检…地理标志产品…，合格率96.5%: the rate of the
        // products checked.
        let found = found.or_else(|| {
            let head = ["质量抽检合格率", "抽检合格率"]
                .iter()
                .find_map(|w| key.strip_suffix(w))?;
            let v = by_key.get(&format!("{head}合格率"))?;
            v.iter().rev().find(fits).copied()
        });
        if let Some(p) = found {
            let mut b = p.baseline.clone();
            if let Some(b) = b.as_mut() {
                if p.unit.is_some() && p.unit != c.unit {
                    b.unit = p.unit.clone();
                }
            }
            c.baseline = b;
            // A table row with no target of its own (持续提升) still gives its 属性.
            if c.attribute.is_none() {
                c.attribute = p.attribute;
            }
        }
    }
}

/// Whether a past value's unit can measure a target's: the same unit up to its scale
/// (件 and 万件, 万元 and 亿元), or either unwritten. (领域3个 of centres is no base of
/// 领域750件 of patents.)
fn units_agree(a: Option<&str>, b: Option<&str>) -> bool {
    // (A rate of growth, 年均增长10%, is written in % whatever its base is counted in.)
    let rate = |u: &str| u.contains('%') || u.contains("百分点");
    match (a, b) {
        (Some(a), Some(b)) => rate(a) || rate(b) || unit_scale(a).1 == unit_scale(b).1,
        _ => true,
    }
}

/// A key without the count word at its end (项目数, 次数, 数量): what is counted.
fn count_core(key: &str) -> &str {
    ["项目数", "次数", "数量", "件数"]
        .iter()
        .find_map(|w| key.strip_suffix(w))
        .filter(|r| r.chars().count() >= 4)
        .unwrap_or(key)
}

/// Whether `key` is `long` with one run of words left out inside (通过…认证企业数量 of
/// 通过知识产权合规管理体系认证企业数量), two chars or more kept on each side.
fn shortened(key: &str, long: &str) -> bool {
    // (At least two chars left out: 进出口额 is no longer name of 出口额.)
    long.chars().count() >= key.chars().count() + 2
        && key.char_indices().skip(2).any(|(i, _)| {
            let (head, tail) = key.split_at(i);
            tail.chars().count() >= 2 && long.starts_with(head) && long.ends_with(tail)
        })
}

/// A key's chars in order (the same words in any order give the same string).
fn sorted_chars(k: &str) -> String {
    let mut v: Vec<char> = k.chars().collect();
    v.sort_unstable();
    super::scan::string_in(k.len(), v.into_iter())
}

/// 驻潭高校院所专利许可转让合同金额 and, after 驻潭高校院所专利转化率为8.2%，…,
/// 专利许可转让合同金额2.5亿元: the holder that a passage names once, left out of its
/// later values. Only when a value shortly before names that holder (受理…纠纷案件428件
/// names 知识产权侵权纠纷 after its verb).
fn holder_dropped<'a>(
    by_key: &BTreeMap<String, Vec<&'a Cand>>,
    placed: &[(usize, String)],
    key: &str,
    out: &mut Vec<&'a Cand>,
) {
    // (A holder may be a brand's whole name: “温江花木”区域公用品牌.)
    for (i, _) in key.char_indices().skip(2).take(11) {
        let (holder, rest) = key.split_at(i);
        if rest.chars().count() < 4 {
            return;
        }
        let Some(v) = by_key.get(rest) else {
            continue;
        };
        for p in v {
            let at = p.quote.0;
            let from = placed.partition_point(|(q, _)| *q + 200 < at);
            let to = placed.partition_point(|(q, _)| *q < at);
            let held = placed
                .get(from..to)
                .unwrap_or_default()
                .iter()
                // (The lengths first: a substring search costs more.)
                .any(|(_, k)| k.len() > holder.len() && k.contains(holder));
            if held {
                out.push(p);
            }
        }
        if !out.is_empty() {
            return;
        }
    }
}

/// A name without a leading 区内企业 / 全市企业 (the plan's region's firms), when enough
/// is left to name something.
fn own_firms(name: &str) -> Option<&str> {
    let rest = ["区内", "市内", "县内", "全区", "全市", "全县", "全省"]
        .iter()
        .find_map(|w| name.strip_prefix(w))?
        .strip_prefix("企业")?;
    (rest.chars().count() >= 4).then_some(rest)
}

/// A key without its leading 知识产权 (知识产权快速维权中心 → 快速维权中心), when enough
/// is left to name something.
fn without_field(key: &str) -> Option<String> {
    // (知识产权保护专项执法行动 and 专项执法行动3次: the field with its part.)
    ["知识产权保护", "知识产权"]
        .iter()
        .find_map(|f| key.strip_prefix(f))
        .filter(|k| k.chars().count() >= 4)
        .map(String::from)
}

/// The review values (`quoted`: with their keys) whose names hold the term `name` quotes
/// and whose keys end with `key`.
fn quoted_hits<'a>(quoted: &[(String, &'a Cand)], name: &str, key: &str) -> Vec<&'a Cand> {
    let Some(t) = quoted_term(name) else {
        return Vec::new();
    };
    quoted
        .iter()
        .filter(|(k, p)| p.name.contains(t) && k.ends_with(key))
        .map(|(_, p)| *p)
        .collect()
}

/// The first term a name quotes, with its quotes (“白名单”), when it has at least two chars.
fn quoted_term(name: &str) -> Option<&str> {
    let a = name.find('“')?;
    let b = a + name[a..].find('”')? + '”'.len_utf8();
    (name[a..b].chars().count() >= 4).then(|| &name[a..b])
}

/// What a name measures after the means it names first (通过…平台在线调解案件占比 →
/// 在线调解案件占比).
fn through_means(name: &str) -> Option<&str> {
    let rest = name.strip_prefix("通过")?;
    ["平台", "渠道", "方式", "途径"]
        .iter()
        .filter_map(|w| rest.find(w).map(|i| &rest[i + w.len()..]))
        .find(|r| r.chars().count() >= 4)
}

/// A key ending in a registering verb written with the verb first (专利密集型产品备案 →
/// 备案专利密集型产品).
fn verb_first(key: &str) -> Option<String> {
    // (网络侵权线索核查处置数量 and 核查处置网络侵权线索86条 too.)
    [
        "备案",
        "登记",
        "认定",
        "注册",
        "核查处置",
        "处置",
        "核查",
        "查处",
        "检查",
        "抽检",
    ]
    .iter()
    .find_map(|v| {
        let thing = key.strip_suffix(v)?;
        // (地理标志产品质量抽检 and 抽检…地理标志产品22批次: the quality is what is checked.)
        let thing = match *v {
            "抽检" | "检查" => thing.strip_suffix("质量").unwrap_or(thing),
            _ => thing,
        };
        (thing.chars().count() >= 3).then(|| format!("{v}{thing}"))
    })
}

/// A past value's name as a target words the same measure: a fund without its level
/// (市级…资金池规模3000万元: whose it is goes unsaid), service staff under their bodies
/// (…服务机构138家，从业人员2450人, named …服务业从业人员, wherever placed or recorded), a
/// satisfaction score (…满意度测评得分79.6分), those allowed to use a mark (核准使用X的Y).
fn reworded(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let fund = ["市级", "区级", "县级", "州级"]
        .iter()
        .find_map(|w| name.strip_prefix(w))
        .filter(|r| r.contains("资金") || r.contains("基金"));
    out.extend(fund.map(String::from));
    if let Some(head) = name.strip_suffix("服务业从业人员") {
        let head = ["入驻园区", "入驻", "登记备案的"]
            .iter()
            .find_map(|w| head.strip_prefix(w))
            .unwrap_or(head);
        out.push(format!("{head}服务机构从业人员"));
    }
    let score = ["测评得分", "评价得分", "得分"]
        .iter()
        .find_map(|w| name.strip_suffix(w))
        .filter(|r| r.ends_with("满意度") || r.ends_with("指数"));
    out.extend(score.map(String::from));
    out.extend(user_of(name));
    // 建有区级以上高价值专利培育中心7个: what exists, without the verb of having.
    let had = ["建有", "拥有", "共有"]
        .iter()
        .find_map(|w| name.strip_prefix(w))
        .filter(|r| r.chars().count() >= 4);
    out.extend(had.map(String::from));
    out.extend(agent_dropped(name));
    out
}

/// 被国家知识产权局通报非正常专利申请 → 被通报非正常专利申请: who did it narrows nothing.
fn agent_dropped(name: &str) -> Option<String> {
    let i = name.find('被')?;
    let after = &name[i + '被'.len_utf8()..];
    let (k, v) = ["通报", "认定", "评为", "列入", "授予", "命名"]
        .iter()
        .filter_map(|v| after.find(v).map(|k| (k, *v)))
        .min()?;
    let agent = after.get(..k)?.chars().count();
    let rest = after.get(k + v.len()..)?;
    ((2..=12).contains(&agent) && rest.chars().count() >= 3)
        .then(|| format!("{}被{v}{rest}", &name[..i]))
}

/// 核准使用X的Y → X使用Y: those allowed to use a mark, named as a target names them.
fn user_of(name: &str) -> Option<String> {
    let (pre, rest) = name.split_once("使用")?;
    if !matches!(pre, "" | "核准" | "获准" | "获批") {
        return None;
    }
    let (thing, who) = rest.split_once('的')?;
    (thing.chars().count() >= 2 && who.chars().count() >= 2).then(|| format!("{thing}使用{who}"))
}

/// A name without a verb of having or recording between its holder and the thing
/// (高校院所建有技术转移机构 → 高校院所技术转移机构), when both sides are words.
fn without_inner_verb(name: &str) -> Option<String> {
    // (登记数据产品实现场内交易额1860万元: 实现 between them too.)
    // (A verb whose end chars the name lacks is not searched for: this runs for every
    // past value.)
    let hay = super::scan::Hay::new(name);
    // (专精特新企业提交发明专利申请318件: 提交 too.)
    ["建有", "登记", "签订", "实现", "提交"]
        .iter()
        .find_map(|v| {
            let i = hay.has(v).then(|| name.find(v))?.filter(|&i| i >= 6)?;
            let rest = &name[i + v.len()..];
            (rest.chars().count() >= 3).then(|| format!("{}{rest}", &name[..i]))
        })
}

/// The cases after a verb of handling them inside a name (…部门共查处侵权假冒案件 →
/// 侵权假冒案件), when something of four chars or more is left.
fn after_handling_verb(name: &str) -> Option<&str> {
    // (A verb whose end chars the name lacks is not searched for: this runs for every
    // past value.)
    let hay = super::scan::Hay::new(name);
    HANDLED_VERBS.iter().find_map(|v| {
        let i = hay.has(v).then(|| name.find(v))?.filter(|&i| i > 0)?;
        let rest = &name[i + v.len()..];
        (rest.chars().count() >= 4 && is_case_word(rest)).then_some(rest)
    })
}

/// A key of cases with a verb of handling them after the thing (案件办理 of 案件办理量,
/// 纠纷调解案件), as a review sentence names them: without the verb, or with it first
/// (办理…案件86件 loses its leading verb; 调解知识产权纠纷案件2140件 keeps it).
fn verb_moved(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    // (A verb whose end chars the key lacks is not searched for.)
    let hay = super::scan::Hay::new(key);
    for v in HANDLED_VERBS {
        let Some(i) = hay.has(v).then(|| key.find(v)).flatten().filter(|&i| i > 0) else {
            continue;
        };
        let thing = format!("{}{}", &key[..i], &key[i + v.len()..]);
        if is_case_word(&thing) {
            out.push(format!("{v}{thing}"));
            out.push(thing);
        }
    }
    out
}

/// The past keys that end with `key` (at most 16, a look-up by prefix in the reversed
/// keys): for each, what it has before `key` (reversed) and its values.
fn keys_ending_with<'m, 'a>(
    by_rev: &'m BTreeMap<String, &'a Vec<&'a Cand>>,
    key: &str,
) -> impl Iterator<Item = (&'m str, &'a Vec<&'a Cand>)> + 'm {
    let rev = super::scan::string_in(key.len(), key.chars().rev());
    let n = rev.len();
    by_rev
        .range(rev.clone()..)
        .take(16)
        .take_while(move |(k, _)| k.starts_with(&rev))
        .map(move |(k, v)| (&k[n..], *v))
}

/// The past values whose key is `key` after a short subject and a verb (法院聘任 +
/// 技术调查官): a look-up by suffix in the reversed keys, bounded.
fn subject_verb_before<'a>(
    by_rev: &BTreeMap<String, &'a Vec<&'a Cand>>,
    key: &str,
) -> Option<&'a Vec<&'a Cand>> {
    if key.chars().count() < 4 {
        return None;
    }
    keys_ending_with(by_rev, key).find_map(|(before, v)| {
        // What the past key has before the target's key, as written (法院聘任).
        let before = super::scan::string_in(before.len(), before.chars().rev());
        let n = before.chars().count();
        ((3..=12).contains(&n)
            && super::words::LEAD_VERBS
                .iter()
                .any(|w| before.ends_with(w) && n > w.chars().count()))
        .then_some(v)
    })
}

/// Whether a previous-period value `p` measures what target `c` measures: a five-year
/// 累计 total is no baseline for a level; a yearly target (每年) compares with one year's
/// flow; an increment (培育100家) has no stock baseline, a level no flow baseline.
fn same_measure(c: &Cand, p: &Cand) -> bool {
    // A total over the previous period (“十三五”期间累计…) is the baseline of no target,
    // a level or a new total.
    if p.cumulative {
        return false;
    }
    // 新增X 11家 (last year) and 新增X 15家 (this year): a flow named as a flow both
    // times compares with itself.
    let flow = |x: &Cand| {
        super::words::INCREMENT_WORDS
            .iter()
            .any(|w| x.name.starts_with(w))
    };
    // (每年新增…备案不少于25件 and …备案数量达到46件: the new ones, not all so far.)
    if c.per_year {
        return !(flow(c) && !flow(p) && p.name.ends_with("数量"));
    }
    if flow(c) && flow(p) {
        return true;
    }
    !c.increment && !p.increment
}

/// Baselines and 属性 carried across statements of the same indicator (equal names).
/// (`keys` are the statements' name keys, `groups` [`groups_of_keys`] of them.)
fn carry(all: &mut [Cand], keys: &[String], groups: &[Vec<usize>]) {
    for group in groups {
        for &i in group {
            carry_into(all, i, group);
        }
    }
    carry_to_short_names(all, keys);
    carry_from_rows(all, keys);
}

/// 实施步骤's 到2026年底，网点达到6个 / 乡镇（园区）服务站覆盖率达到100%: a milestone that
/// shortens the name of exactly one indicator table row (its words in order, the same
/// last two chars and unit) takes that row's baseline and 属性. (The first 200 rows
/// only: no quadratic path on long texts.)
fn carry_from_rows(all: &mut [Cand], keys: &[String]) {
    let rows: Vec<usize> = (0..all.len())
        .filter(|&j| all[j].kind == SourceKind::Table && all[j].baseline.is_some())
        .take(200)
        .collect();
    if rows.is_empty() {
        return;
    }
    for i in 0..all.len() {
        let c = &all[i];
        if c.kind != SourceKind::Prose || c.baseline.is_some() || c.increment || c.cumulative {
            continue;
        }
        let Some(k) = keys.get(i).filter(|k| k.chars().count() >= 2) else {
            continue;
        };
        // (国家知识产权示范企业 is one part of a 示范企业和优势企业 row, no short name of
        // it; 新增… counts what is added, not the row's stock.)
        let joined =
            |f: &str| f.contains(['和', '及', '与', '、']) && !k.contains(['和', '及', '与', '、']);
        let tail = |f: &str| {
            let (a, b) = (k.chars().rev().take(2), f.chars().rev().take(2));
            a.eq(b) && !joined(f) && !k.starts_with("新增")
        };
        let mut hits = rows.iter().copied().filter(|&j| {
            keys.get(j)
                .is_some_and(|f| f.len() > k.len() && tail(f) && is_subsequence(k, f))
                && units_agree(c.unit.as_deref(), all[j].unit.as_deref())
                && all[j].per_year == c.per_year
        });
        let (Some(j), None) = (hits.next(), hits.next()) else {
            continue;
        };
        let (base, attr) = (all[j].baseline.clone(), all[j].attribute);
        let c = &mut all[i];
        if base.as_ref().is_some_and(|b| baseline_fits(c, b.year)) {
            c.baseline = base;
            c.attribute = c.attribute.or(attr);
        }
    }
}

/// 2026年，专利侵权纠纷行政裁决案件结案率达到93%…；2027年，行政裁决案件结案率达到95%: a
/// later statement that shortens a name given in full shortly before (its key ends the
/// other's) takes that statement's baseline. (The last 32 statements only: no
/// quadratic path on long texts.)
fn carry_to_short_names(all: &mut [Cand], keys: &[String]) {
    for i in 0..all.len() {
        let Some(k) = keys.get(i).filter(|k| k.chars().count() >= 4) else {
            continue;
        };
        if all
            .get(i)
            .is_none_or(|c| c.baseline.is_some() || c.increment)
        {
            continue;
        }
        let from = (i.saturating_sub(32)..i).rev().find(|&j| {
            keys.get(j)
                .is_some_and(|f| f.len() > k.len() && f.ends_with(k.as_str()))
                && all.get(j).is_some_and(|f| {
                    f.baseline.is_some()
                        && !f.increment
                        && all.get(i).is_some_and(|c| {
                            c.per_year == f.per_year
                                && units_agree(c.unit.as_deref(), f.unit.as_deref())
                        })
                })
        });
        let Some(base) = from
            .and_then(|j| all.get(j))
            .and_then(|f| f.baseline.clone())
        else {
            continue;
        };
        if let Some(c) = all.get_mut(i).filter(|c| baseline_fits(c, base.year)) {
            c.baseline = Some(base);
        }
    }
}

/// Carries into statement `i` from the other statements of its group, in order.
fn carry_into(all: &mut [Cand], i: usize, group: &[usize]) {
    for &j in group {
        let Some(c) = all.get(i) else { return };
        // Nothing more to carry: the rest of the group cannot change `c`.
        if c.increment || c.baseline.is_some() && c.attribute.is_some() {
            return;
        }
        let from = all.get(j).filter(|d| i != j && !conflicts(c, d));
        let Some((base, attr)) = from.map(|d| (d.baseline.clone(), d.attribute)) else {
            continue;
        };
        let Some(c) = all.get_mut(i) else { return };
        if c.baseline.is_none() {
            if let Some(b) = base.filter(|b| baseline_fits(c, b.year)) {
                c.baseline = Some(b);
            }
        }
        if c.attribute.is_none() {
            c.attribute = attr;
        }
    }
}

/// Indices of the statements with equal name keys (`keys`, by statement), each group in
/// order, the groups in the order of their first statement.
fn groups_of_keys(keys: &[String]) -> Vec<Vec<usize>> {
    let mut by_key: BTreeMap<&str, usize> = BTreeMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, k) in keys.iter().enumerate() {
        let g = *by_key.entry(k.as_str()).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(g) {
            group.push(i);
        }
    }
    groups
}

/// Two statements that give different values for the same year disagree: neither's
/// baseline or 属性 is carried to the other.
fn conflicts(a: &Cand, b: &Cand) -> bool {
    a.targets.iter().any(|x| {
        b.targets
            .iter()
            .any(|y| x.year == y.year && !same_value(x.value, y.value))
    })
}

/// Statements of one indicator that disagree (same year, different values) are kept
/// as written; the reader is told.
/// Each statement is reported once, however many earlier ones it disagrees with (a
/// text restated many times would otherwise get a warning per pair).
/// (`groups`: [`groups_of_keys`] of the statements' name keys.)
fn report_conflicts(all: &[Cand], groups: &[Vec<usize>], diags: &mut Vec<Diagnostic>) {
    // (the first statement it disagrees with, the statement)
    let mut found: Vec<(usize, usize)> = Vec::new();
    for group in groups {
        for (k, &j) in group.iter().enumerate() {
            let Some(b) = all.get(j) else { continue };
            let earlier = group.get(..k).unwrap_or(&[]);
            let first = earlier
                .iter()
                .find(|&&i| all.get(i).is_some_and(|a| conflicts(a, b)));
            if let Some(&i) = first {
                found.push((i, j));
            }
        }
    }
    // The order in which the pairs are met, going through the statements in order.
    found.sort_unstable();
    for b in found.into_iter().filter_map(|(_, j)| all.get(j)) {
        diags.push(
            Diagnostic::warning(
                format!("text@{}", b.quote.0),
                format!("“{}”在不同位置的同年目标值不一致，均按原文保留", b.name),
            )
            .with_span(b.quote.0, b.quote.1),
        );
    }
}

/// 翻一番: the target value is twice the baseline when the baseline is known.
fn fill_double(c: &mut Cand) {
    let Some(b) = c.baseline.as_ref().map(|b| b.value) else {
        return;
    };
    for t in &mut c.targets {
        if t.op == Op::Double && t.value.is_none() {
            t.value = Some(2.0 * b);
        }
    }
}

/// A baseline must come before every target year.
fn check_baseline(c: &mut Cand, diags: &mut Vec<Diagnostic>) {
    if let Some(b) = &c.baseline {
        if !baseline_fits(c, b.year) {
            diags.push(
                Diagnostic::warning(
                    format!("text@{}", c.quote.0),
                    format!(
                        "“{}”的基期年份{}不早于目标年份，已忽略基期值",
                        c.name, b.year
                    ),
                )
                .with_span(c.quote.0, c.quote.1),
            );
            c.baseline = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_ranges_are_ordered() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -3.5,
            1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ] {
            let (lo, hi) = near(v);
            assert!(lo <= hi, "{v}");
        }
        let (lo, hi) = near(10.0);
        assert!(lo <= ord(10.0 + 5e-9) && ord(10.0 + 5e-9) <= hi);
        assert!(ord(10.1) > hi && ord(9.9) < lo);
    }

    #[test]
    fn name_matching() {
        assert!(names_match(
            "PCT国际专利申请量",
            "PCT(专利合作条约)国际专利申请量"
        ));
        assert!(names_match("结案率", "知识产权案件结案率"));
        assert!(!names_match(
            "浦东新区每万人口高价值发明专利拥有量",
            "每万人口发明专利拥有量"
        ));
        assert!(names_match(
            "集成电路产业有效发明专利拥有量",
            "集成电路领域有效发明专利拥有量"
        ));
        assert!(!names_match(
            "集成电路产业有效发明专利拥有量",
            "生物医药领域有效发明专利拥有量"
        ));
        assert!(names_match("案件增幅量", "知识产权案件年增幅"));
        assert!(!names_match("国家和省级知识产权优势企业", "知识产权强企"));
        assert!(!names_match("知识产权投融资金额", "质押融资金额"));
        assert_eq!(
            name_key("纳入重点商标保护名录的商标"),
            name_key("纳入重点商标保护名录商标")
        );
    }
}
