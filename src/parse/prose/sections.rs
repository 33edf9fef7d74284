//! Document structure for the prose scan: headings and their context (review sections,
//! stage years, 专栏 boxes), titles of other documents, and sentence-level signs that a
//! statement reports the past.

use super::super::scan::{
    arabic_at, chinese_at, is_cjk, is_range_dash, is_space, unit_at, year_at, Doc, WordSet,
};
use super::super::words::*;
use super::names::trim;
use super::{Heading, Scanner};

/// Marks chars inside 《…》 (titles of other documents: their years and numbers are not
/// targets). A 《 whose 》 does not follow within a title's length (scraped pages cut
/// lines) opens nothing.
pub(super) fn title_mask(doc: &Doc) -> Vec<bool> {
    let n = doc.len();
    let mut mask = vec![false; n];
    let mut i = 0;
    while i < n {
        if doc.at(i) != '《' {
            i += 1;
            continue;
        }
        let mut depth = 0u32;
        let mut close = None;
        for j in i..n.min(i + 120) {
            match doc.at(j) {
                '《' => depth += 1,
                '》' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                '\n' | '。' => break,
                _ => {}
            }
        }
        match close {
            Some(j) => {
                for m in mask.iter_mut().take(j + 1).skip(i) {
                    *m = true;
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
    mask
}

/// Punctuation that ends a sentence or introduces a list, so a line break after it is a
/// real break.
pub(super) fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | ';' | '!' | '?' | ':' | '”' | ')' | '》')
}

/// Verbs after 已 that report something done (已安排, 已建成).
const ALREADY_DONE: &[&str] = &[
    "安排", "投入", "建成", "设立", "完成", "实现", "达到", "累计", "拨付", "下达", "培育", "超过",
    "突破",
];

impl Scanner<'_> {
    pub(super) fn line(&mut self, ta: usize, tb: usize) {
        self.carry_past = None;
        self.carry_goal = None;
        let doc = self.doc;
        // The conditions after 应当具备以下条件： are the items numbered like the first of
        // them; a line of another kind ends them.
        if self.conditions {
            let kind = super::marker_kind(doc, trim(doc, ta, tb).0, tb);
            if kind.is_none() || self.cond_kind.is_some_and(|k| Some(k) != kind) {
                self.conditions = false;
            } else {
                self.cond_kind = kind;
            }
        }
        if self.links(ta, tb) {
            return;
        }
        if explanation_title(doc, ta, tb) || comments_title(doc, ta, tb) {
            // (【图文解读】一图读懂《…》 in the page's header, before any sentence: a link to
            // the explanation, not its title.)
            self.reading |= self.body_seen || !labelled_link(doc, ta, tb);
            return;
        }
        // 【原文】 … 【解读】 …: an explanation quoting the plan block by block.
        if let Some(quoted) = block_label(doc, ta, tb) {
            self.reading = !quoted;
            return;
        }
        // 广东方面：… in a 对口支援 plan of 林芝: what the partner commits to.
        if self.partner_side(ta, tb) {
            return;
        }
        // A digest's bullet lines, up to the first line of running text.
        if digest_title(doc, ta, tb) {
            self.digest = true;
            return;
        }
        if self.digest {
            if !is_cjk(doc.at(trim(doc, ta, tb).0)) {
                return;
            }
            self.digest = false;
        }
        // A task-list row (…	培育…15个	区市场监管局	2027年底前): its last cell, the
        // deadline, dates its target.
        // A row given one cell per paragraph (statement, 牵头单位, 配合单位, 2024年12月底前):
        // its deadline or 每年 is the paragraph a few office names below.
        // (The last cell is looked for once: this runs for every line.)
        let end = row_end(doc, ta, tb);
        let below = cells_below(doc, tb);
        self.line_due = end.due.or(below.and_then(|b| b.0));
        self.row_every = end.yearly || below.is_some_and(|b| b.1);
        self.task_row = self.line_due.is_some() || end.recurring;
        self.schedule = super::schedule_line(doc, ta, tb);
        // A rule line (━━━━, ────) under a 专栏 ends the box.
        if tb >= ta + 4 && (ta..tb).all(|j| matches!(doc.at(j), '—' | '=' | '-' | '_')) {
            self.close_box();
            return;
        }
        if let Some(h) = self.heading(ta, tb) {
            self.review_run = false;
            self.open_heading(h, tb);
        }
        let doc = self.doc;
        let mut sa = ta;
        loop {
            // The next sentence end, else the line's end (looked for over the slice).
            // (…提出，全省…；我市对标…，确定2026年主要目标如下：全年…: what follows 如下：
            // is a sentence of its own, whatever the words before it cite.)
            let j = (doc.f.get(sa..tb.min(doc.len())))
                .and_then(|r| {
                    r.iter().enumerate().position(|(k, c)| {
                        matches!(c, '。' | '!' | '?')
                            || (*c == ':' && k >= 2 && r.get(k - 2..k) == Some(&['如', '下']))
                    })
                })
                .map_or(tb, |p| sa + p);
            let colon = j < tb && doc.at(j) == ':';
            let (s, _) = trim(doc, sa, j);
            // Pages that lost their line breaks: a section marker right after a
            // sentence end still opens a section.
            if s > ta && s < j {
                if let Some(h) = self.heading(s, j).filter(|h| h.0 <= 2) {
                    self.open_heading(h, j);
                }
            }
            if sa < j {
                self.sentence(sa, j + usize::from(colon));
            }
            self.body_seen |= j < tb;
            if j >= tb {
                break;
            }
            sa = j + 1;
        }
    }

    /// Whether the line is a related-articles label (往期推荐) or one of the article
    /// titles under it (short lines without a sentence end): page furniture.
    fn links(&mut self, ta: usize, tb: usize) -> bool {
        let doc = self.doc;
        let (a, b) = trim(doc, ta, tb);
        if b <= a + 6 {
            let s = doc.fstr(a, b);
            let s = s.trim_matches(|c: char| !is_cjk(c));
            if LINK_LABELS.contains(&s) {
                self.in_links = true;
                return true;
            }
        }
        // 【政策解读】 over dated links (· 图解：…　2026-04-30): a box of links, whatever
        // its label says.
        if b <= a + 10 && doc.at(a) == '【' && doc.at(b - 1) == '】' {
            let next = (b..doc.len())
                .find(|&j| doc.at(j) == '\n')
                .map_or(b, |j| j + 1);
            let end = (next..doc.len())
                .find(|&j| doc.at(j) == '\n')
                .unwrap_or(doc.len());
            if dated_link(doc, next, end) {
                self.in_links = true;
                return true;
            }
        }
        // 👉 延伸阅读：“安岳柠檬”种植面积约52万亩…: a box beside the article, inline.
        let lead = (a..b).find(|&j| is_cjk(doc.at(j))).unwrap_or(b);
        if LINK_LABELS
            .iter()
            .any(|w| doc.starts(lead, w) && doc.at(lead + w.chars().count()) == ':')
        {
            return true;
        }
        // 上一篇：…的通知 / 下一篇：…: the titles of the pages beside this one (on a line
        // of their own after a row of buttons, 【打印】【关闭】, which ends no sentence).
        let beside = |j: usize| ["上一篇", "下一篇"].iter().any(|w| doc.starts(j, w));
        if beside(a) || (a..b).any(|j| doc.at(j) == '\n' && beside(j + 1)) {
            return true;
        }
        if self.in_links {
            let title = b <= a + 40 && !(a..b).any(|j| matches!(doc.at(j), '。' | ';'));
            self.in_links = title;
        }
        // · 衡阳市：2026年全市作品登记量力争突破1万件（…号）　2026-03-05: a bulleted link
        // to another page, dated.
        self.in_links || dated_link(doc, a, b)
    }

    /// Ends an open 专栏 box (and what is open inside it).
    pub(super) fn close_box(&mut self) {
        if let Some(k) = self.stack.iter().position(|h| h.is_box) {
            self.stack.truncate(k);
        }
    }

    /// Pushes a heading on the context stack, closing headings of its level and below.
    pub(super) fn open_heading(
        &mut self,
        (level, text_start, is_box): (u8, usize, bool),
        tb: usize,
    ) {
        let doc = self.doc;
        // 第一章 发展基础 / 一、…: the 一、 sections are parts of the chapter (and share
        // its review context), not its successors.
        let chapter =
            level == 1 && text_start > 0 && matches!(doc.at(text_start - 1), '章' | '篇' | '分');
        // 1.… 2.…: the item's number.
        let num = (text_start > 0 && matches!(doc.at(text_start - 1), '.' | '、'))
            .then(|| super::super::scan::arabic_at(doc, line_start(doc, text_start)))
            .flatten()
            .filter(|n| n.end + 1 == text_start)
            .map(|n| n.value as u32);
        // Inside a 专栏, unless the number continues the list the box stands in (1.… 专栏
        // … 2.…). (1.加强… 专栏 1.… 2.…: a list of the box's own goes on in it.)
        let boxed = self.stack.iter().position(|h| h.is_box);
        let own_list = boxed.is_some_and(|k| {
            self.stack
                .iter()
                .skip(k + 1)
                .any(|h| h.num.is_some() && h.num.map(|n| n + 1) == num)
        });
        let in_box = boxed.and_then(|k| self.stack.get(k)).is_some_and(|b| {
            own_list || !(b.num.is_some() && num.is_some() && b.num.map(|n| n + 1) == num)
        });
        // A box remembers the number of the item it stands in.
        let outer = self
            .stack
            .iter()
            .rev()
            .find(|h| !h.is_box && h.level >= 3)
            .and_then(|h| h.num);
        let num = if is_box { outer } else { num };
        let level = match self.stack.first() {
            Some(h) if h.chapter && !chapter && level == 1 => 2,
            // 专栏2 … 1.… 2.…: numbered items are the box's content, not its end.
            _ if in_box && !is_box && level >= 3 => level.max(4),
            _ => level,
        };
        // The title ends at a sentence end, a colon, or the next section marker
        // (一、规划背景(一)… on pages that lost their line breaks).
        let text_end = (text_start..tb)
            .find(|&j| {
                matches!(doc.at(j), '。' | ':' | '\n')
                    || (doc.at(j) == '(' && chinese_at(doc, j + 1).is_some())
            })
            .unwrap_or(tb);
        // (Only titles of 20 chars or fewer are read: 21 tell a long one. Body text after
        // a marker can run for a paragraph.)
        let title = doc.fstr(text_start, text_end.min(text_start + 21));
        // (一、发展基础（I. Development Foundation）: a translation in brackets adds
        // nothing.)
        let title = match title.split_once('(') {
            Some((core, rest)) if core.chars().count() >= 2 && !rest.starts_with(is_cjk) => {
                core.to_string()
            }
            _ => title,
        };
        let title_t = title.trim_start_matches(|c: char| is_space(c) || c == '“');
        // (The title is tested against two word lists, as word sets over its chars.)
        let title_chars = super::super::scan::chars_of(&title);
        // (二、形势要求和主要目标 sets goals, though it names the situation too.)
        // (一、实施背景: 背景 is no object of a task verb, 实施 no verb here.)
        let review = title.chars().count() <= 20
            && review_words().occurs_in(&title_chars)
            && !title.contains("目标")
            && (!TASK_VERBS.iter().any(|v| title_t.starts_with(v))
                || title.trim_end().ends_with("背景")
                // (一、建设基础 / 培育基础: what the building starts from, 建设 no verb;
                // 夯实基础 is a task.)
                || founding(title_t))
            || self.stack.iter().any(|h| h.review && h.level < level);
        let goals = !review && title.chars().count() <= 20 && title.contains("目标")
            || self.stack.iter().any(|h| h.goals && h.level < level);
        let review = review && !self.stack.iter().any(|h| h.goals && h.level < level);
        // A stage heading names its years: 第一阶段(2016年), (二)2023年目标. Long
        // "headings" are body text run together with a marker; their years say nothing.
        let year_end = (text_start..tb).find(|&j| doc.at(j) == '。').unwrap_or(tb);
        // (（1）…达到84分以上（2025年全国平均为82.4分）: a year in an aside that says more
        // than years names no stage; 第一阶段（2016年） does.)
        let short = year_end - text_start <= 40;
        let mut aside = vec![false; if short { year_end - text_start } else { 0 }];
        let mut open = None;
        for j in text_start..text_start + aside.len() {
            match doc.at(j) {
                '(' => open = Some(j),
                ')' => {
                    if let Some(o) = open.take() {
                        let more = (o + 1..j).any(|k| {
                            is_cjk(doc.at(k))
                                && !matches!(doc.at(k), '年' | '月' | '日' | '至' | '底' | '末')
                        });
                        for m in aside.iter_mut().take(j - text_start).skip(o - text_start) {
                            *m = more;
                        }
                    }
                }
                _ => {}
            }
        }
        let year = (text_start..year_end)
            .filter(|&j| short && !self.in_title.get(j).copied().unwrap_or(false))
            .filter(|&j| !aside.get(j - text_start).copied().unwrap_or(false))
            // (较2024年增长60%: a year compared with names no stage.)
            .filter(|&j| j == 0 || !matches!(doc.at(j - 1), '较' | '比' | '于'))
            .filter_map(|j| year_at(doc, j).map(|(y, _)| y))
            .max();
        // (一)动员部署阶段（1—3月）: a stage of months in the plan's year; its counts are
        // shares of the year's (a schedule, no targets).
        let months = short && (text_start..year_end).any(|j| month_span(doc, j));
        // (附件：…主要指标说明: an annex's title after its colon.)
        // (Not 附件：1．…认定标准, the notice's list of its annexes.)
        let annex = doc.starts(text_start, "附件")
            && tb - text_start <= 24
            && !(text_start + 2..tb.min(text_start + 5))
                .any(|j| doc.at(j) == ':' && doc.at(j + 1).is_ascii_digit());
        let rules = title.chars().count() <= 20 && rule_words().occurs_in(&title_chars)
            || annex
                && RULE_HEADINGS
                    .iter()
                    .any(|w| doc.find(text_start, tb, w).is_some())
            || months
            || self.stack.iter().any(|h| h.rules && h.level < level);
        self.stack.retain(|h| h.level < level);
        self.stack.push(Heading {
            level,
            review,
            year,
            is_box,
            chapter,
            read: false,
            line_end: tb,
            num,
            rules,
            goals,
        });
    }

    /// A heading at the start of a line: (level, where its text starts, 专栏?). Text
    /// converted from a .docx may mark it in Markdown: `## 1.1 发展基础`, `> **专栏1 …**`.
    pub(super) fn heading(&self, ta: usize, tb: usize) -> Option<(u8, usize, bool)> {
        // (The scan asks of a line more than once: whether it joins the line before,
        // whether it is whole, then reading it.)
        if let Some((at, h)) = self.last_heading.get() {
            if at == (ta, tb) {
                return h;
            }
        }
        let h = self.read_heading(ta, tb);
        self.last_heading.set(Some(((ta, tb), h)));
        h
    }

    /// [`Self::heading`], read from the text.
    fn read_heading(&self, ta: usize, tb: usize) -> Option<(u8, usize, bool)> {
        let doc = self.doc;
        let mut a = ta;
        // Decoration of reposts (━━ 专栏1 …, ● 三、重点任务).
        while a < tb
            && (matches!(
                doc.at(a),
                '━' | '─' | '●' | '■' | '◆' | '▶' | '★' | '▌' | '【'
            ) || is_space(doc.at(a)))
        {
            a += 1;
        }
        // A quote mark (`> `), not a comparison sign (>500).
        while a < tb && doc.at(a) == '>' && matches!(doc.at(a + 1), ' ' | '*' | '\n') {
            a += 1;
            while a < tb && is_space(doc.at(a)) {
                a += 1;
            }
        }
        let hashes = (a..tb).take_while(|&j| doc.at(j) == '#').count();
        if hashes > 0 && !is_space(doc.at(a + hashes)) {
            return None;
        }
        a += hashes;
        while a < tb && (is_space(doc.at(a)) || doc.at(a) == '*') {
            a += 1;
        }
        if hashes == 0 {
            // 附件 / 附件2: an annex begins; what was open before it ends.
            if doc.starts(a, "附件")
                && tb - a <= 6
                && (a + 2..tb).all(|j| doc.at(j).is_ascii_digit() || doc.at(j) == ':')
            {
                return Some((0, a, false));
            }
            return self.marked_heading(a, tb).or_else(|| {
                // 知识产权护航“白名单”遴选条件: an annex's title line of rules, no marker. It
                // holds the annex's numbered sections (一、行政保护（30分）…), up to the next
                // annex.
                let short = tb - a <= 24 && !(a..tb).any(|j| matches!(doc.at(j), '。' | ',' | ';'));
                let rules = short && doc.contains_any(a, tb, rule_words());
                rules.then_some((0, a, false))
            });
        }
        // `# 1 规划背景`, `## 1.1 发展基础`: the number is part of the mark.
        let mut t = a;
        while t < tb && (doc.at(t).is_ascii_digit() || doc.at(t) == '.') {
            t += 1;
        }
        if t > a && is_space(doc.at(t)) {
            while t < tb && is_space(doc.at(t)) {
                t += 1;
            }
            a = t;
        }
        let is_box = doc.starts(a, "专栏");
        let text = match self.marked_heading(a, tb) {
            Some((_, text, _)) => text,
            None => a,
        };
        Some(((hashes as u8).clamp(1, 3), text, is_box))
    }

    /// A heading marker (一、 (一) 1. 第一章 专栏) at `ta`.
    fn marked_heading(&self, ta: usize, tb: usize) -> Option<(u8, usize, bool)> {
        let doc = self.doc;
        let c = doc.at(ta);
        if doc.starts(ta, "专栏") {
            return Some((3, ta + 2, true));
        }
        if let Some(n) = chinese_at(doc, ta) {
            if doc.at(n.end) == '、' {
                return Some((1, n.end + 1, false));
            }
        }
        if c == '第' {
            let n = chinese_at(doc, ta + 1).or_else(|| arabic_at(doc, ta + 1))?;
            let e = n.end;
            for (w, l) in [("章", 1), ("部分", 1), ("篇", 1), ("节", 2), ("阶段", 2)] {
                if doc.starts(e, w) {
                    return Some((l, e + w.chars().count(), false));
                }
            }
            return None;
        }
        if c == '(' {
            if let Some(n) = chinese_at(doc, ta + 1) {
                if doc.at(n.end) == ')' {
                    return Some((2, n.end + 1, false));
                }
            }
            if let Some(n) = arabic_at(doc, ta + 1) {
                if doc.at(n.end) == ')' && n.end - n.start <= 2 {
                    return Some((4, n.end + 1, false));
                }
            }
            return None;
        }
        // 1.2028年中期目标: a number, a point and a year read as one decimal.
        let k = (ta..ta + 3)
            .take_while(|&j| doc.at(j).is_ascii_digit())
            .count();
        if (1..=2).contains(&k)
            && doc.at(ta + k) == '.'
            && year_at(doc, ta + k + 1).is_some_and(|(_, e)| doc.at(e) != '.')
        {
            return Some((3, ta + k + 1, false));
        }
        if let Some(n) = arabic_at(doc, ta) {
            let after = doc.at(n.end);
            if n.end - n.start > 2 {
                return None;
            }
            if matches!(after, '.' | '、') && !doc.at(n.end + 1).is_ascii_digit() {
                return Some((3, n.end + 1, false));
            }
            let short = tb - ta <= 30 && !(n.end..tb).any(|j| doc.at(j).is_ascii_digit());
            if is_cjk(after) && short && unit_at(doc, n.end).is_none() {
                return Some((3, n.end, false));
            }
        }
        None
    }

    /// The year set by the nearest heading or 专栏 box.
    pub(super) fn ctx_year(&self) -> Option<i32> {
        self.stack.iter().rev().find_map(|h| h.year)
    }

    /// Whether the sentence reports something done (实现了, 完成了): plans state targets
    /// without 了.
    pub(super) fn completed(&self, sa: usize, sb: usize) -> bool {
        let doc = self.doc;
        (sa..).zip(doc.slice(sa, sb)).any(|(j, &c)| {
            let le = c == '了'
                && j > sa
                && is_cjk(doc.at(j - 1))
                && !matches!(doc.at(j - 1), '为' | '除' | '到')
                && !matches!(doc.at(j + 1), '解' | '然');
            // 市财政已安排…3000万元: done already (not 已有基础, 而已).
            let already = c == '已' && ALREADY_DONE.iter().any(|v| doc.starts(j + 1, v));
            (le || already) && !in_base_phrase(doc, sa, sb, j)
        })
    }

    /// Whether `[a, b)` names the plan's own period (“十四五”期间 in a 2021—2025 plan,
    /// 规划期内): a clause that dates itself in the plan, like a target year.
    pub(super) fn own_period_named(&self, a: usize, b: usize) -> bool {
        let Some((_, end)) = self.period else {
            return false;
        };
        let doc = self.doc;
        // (One pass, testing words only at their first chars: this runs for many clauses.)
        let own = FIVE_YEAR_PLANS
            .iter()
            .find(|(_, e)| *e == end)
            .map(|(w, _)| *w);
        (a..).zip(doc.slice(a, b)).any(|(j, &c)| match c {
            '十' => own.is_some_and(|w| doc.starts(j, w) && doc.at(j + w.chars().count()) != '五'),
            '规' => doc.starts(j, "规划期"),
            _ => false,
        })
    }

    /// Whether the sentence speaks of a five-year period that ended before this plan
    /// (“十三五”期间…), other than as a comparison (较“十三五”翻一番).
    pub(super) fn previous_period_mentioned(&self, sa: usize, sb: usize) -> bool {
        let Some((start, _)) = self.period else {
            return false;
        };
        let doc = self.doc;
        // (…85分以上（“十四五”目标为80分）: an aside compares, like 较.)
        let mut depth = 0u32;
        // (每年实施…项目不少于3项，“十四五”期间累计实施的9项…: a yearly target stated in a
        // clause before the mention is no report.)
        let yearly_before = |j: usize| {
            doc.find(sa, j, "每年").is_some() && (sa..j).any(|k| matches!(doc.at(k), ',' | ';'))
        };
        (sa..).zip(doc.slice(sa, sb)).any(|(j, &c)| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0
                && c == '十'
                && FIVE_YEAR_PLANS.iter().any(|(w, end)| {
                    let n = w.chars().count();
                    *end < start
                        && doc.starts(j, w)
                        && doc.at(j + n) != '五'
                        // 四十五, 百分之十五: a numeral, not the 十五 plan.
                        && !(j > 0 && "十一二三四五六七八九两百之".contains(doc.at(j - 1)))
                        // 十五家, 十五个: a count.
                        && !(n == 2 && (unit_at(doc, j + 2).is_some() || doc.at(j + 2) == '年'))
                        && !(1..=3).any(|k| {
                            j >= k && matches!(doc.at(j - k), '较' | '比' | '与' | '在' | '以')
                        })
                })
                && !yearly_before(j)
        })
    }
}

/// Where the line holding `at` starts (after its indent).
fn line_start(doc: &Doc, at: usize) -> usize {
    let mut k = at;
    while k > 0 && doc.at(k - 1) != '\n' && at - k < 8 {
        k -= 1;
    }
    while k < at && is_space(doc.at(k)) {
        k += 1;
    }
    k
}

/// A line's last cell, when the line is a row of cells (tabs, or `| a | b |`): where it
/// starts and ends.
fn last_cell(doc: &Doc, ta: usize, tb: usize) -> Option<(usize, usize)> {
    let mut e = tb;
    while e > ta && (doc.at(e - 1) == '|' || is_space(doc.at(e - 1))) {
        e -= 1;
    }
    let hard = (ta..e)
        .rev()
        .take(16)
        .find(|&j| matches!(doc.at(j), '\t' | '|'));
    // A row aligned with spaces (任务  …2家  市市场监管局  2023年底前): the last run of
    // two blanks, on a line with at least two such runs.
    let double = |j: usize| is_space(doc.at(j)) && is_space(doc.at(j + 1));
    // (The cheap test first: a double blank near the end; then one more run before it.)
    let spaced = || {
        let last = (ta..e).rev().take(16).find(|&j| double(j))?;
        let mut k = last;
        while k > ta && is_space(doc.at(k - 1)) {
            k -= 1;
        }
        (ta + 1..k)
            .any(|j| double(j) && !is_space(doc.at(j - 1)))
            .then_some(last + 1)
    };
    let sep = hard.or_else(spaced)?;
    let mut a = sep + 1;
    while a < e && is_space(doc.at(a)) {
        a += 1;
    }
    Some((a, e))
}

/// The year of a cell `[a, tb)` that is a deadline (2027年底前, 2026年6月底前).
fn deadline(doc: &Doc, a: usize, tb: usize) -> Option<i32> {
    let (y, e) = year_at(doc, a)?;
    let rest = doc.fstr(e, tb);
    let rest = rest.trim();
    let month = rest
        .find('月')
        .map_or(rest, |i| &rest[i + '月'.len_utf8()..]);
    matches!(month, "底前" | "前" | "底").then_some(y)
}

/// Whether the line `[a, b)` is a bulleted or labelled link to another page, dated at its
/// end (`· 衡阳市：…（衡宣发〔2026〕2号）　2026-03-05`, `【图解】3年、60名调解员——…　2026-05-16`).
pub(super) fn dated_link(doc: &Doc, a: usize, b: usize) -> bool {
    let (a, b) = trim(doc, a, b);
    let labelled = doc.at(a) == '【' && (a + 2..a + 8).any(|j| doc.at(j) == '】');
    (matches!(doc.at(a), '·' | '•' | '●') || labelled) && b >= a + 12 && ends_with_date(doc, b)
}

/// Whether the text before `b` ends with a date written `2026-03-05` (or with `/`).
fn ends_with_date(doc: &Doc, b: usize) -> bool {
    let Some(a) = b.checked_sub(10) else {
        return false;
    };
    (a..b).all(|j| match j - a {
        4 | 7 => matches!(doc.at(j), '-' | '/'),
        _ => doc.at(j).is_ascii_digit(),
    })
}

/// Labels over lists of links to other articles.
const LINK_LABELS: &[&str] = &[
    "往期推荐",
    "往期回顾",
    "相关阅读",
    "相关文章",
    "相关链接",
    "推荐阅读",
    "延伸阅读",
    "相关新闻",
    "热点推荐",
];

/// Ends of an office's name (市市场监管局, 区科技局、各镇（街道）): the 责任单位 cells of
/// a task table.
const OFFICE_ENDS: &[&str] = &[
    "局", "委", "办", "院", "会", "府", "厅", "部", "处", "室", "中心", "队", "行", "所", "馆",
    "社", "街道)", "园区", "单位", "公司", "集团",
];

/// Whether `[ta, tb)` is the title of the page's explanation of the plan, on a line of its
/// own (《…规划》政策解读, 【一图读懂】, …起草说明): the rest of the page explains. (Not 2.
/// 《…》起草说明 or 附件2：起草说明.pdf, the notice's list of its annexes.)
fn explanation_title(doc: &Doc, ta: usize, tb: usize) -> bool {
    let (la, _) = trim(doc, ta, tb);
    tb - ta <= 48
        && !doc.at(la).is_ascii_digit()
        && !doc.starts(la, "附件")
        && !(ta..tb).any(|j| matches!(doc.at(j), '。' | ',' | ';'))
        && ["政策解读", "一图读懂", "图解", "起草说明", "编制说明"]
            .iter()
            .any(|w| doc.find(ta, tb, w).is_some())
}

/// 【图文解读】一图读懂《…》: a label in brackets, then the text of a link.
fn labelled_link(doc: &Doc, ta: usize, tb: usize) -> bool {
    let (la, lb) = trim(doc, ta, tb);
    doc.at(la) == '【'
        && (la + 1..lb)
            .find(|&j| doc.at(j) == '】')
            .is_some_and(|j| j + 1 < lb)
}

/// Provinces by their short names (the partner of a 对口支援 plan is often one).
#[rustfmt::skip]
const PROVINCES: &[&str] = &[
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
    "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
];

impl Scanner<'_> {
    /// Whether the line `[ta, tb)` opens on a place's side of a partnership that is not
    /// this plan's own (广东方面：… in 林芝's plan; not 林芝方面：…).
    fn partner_side(&self, ta: usize, tb: usize) -> bool {
        let doc = self.doc;
        let a = trim(doc, ta, tb).0;
        let Some(k) = (a + 2..tb.min(a + 9)).find(|&k| doc.starts(k, "方面:")) else {
            return false;
        };
        let label = doc.fstr(a, k);
        let core = label.trim_end_matches(['省', '市']);
        let place = PROVINCES.contains(&core)
            || (label.chars().count() >= 3 && label.ends_with(['省', '市', '县', '区', '州']));
        place && !self.title.contains(core)
    }
}

/// A line that labels the next block of an explanation page: `Some(true)` for the plan's
/// own text (【原文】, 【方案原文】, but not 【通知原文】, the notice), `Some(false)` for
/// the explainer's (【解读】).
fn block_label(doc: &Doc, ta: usize, tb: usize) -> Option<bool> {
    let (la, lb) = trim(doc, ta, tb);
    if lb < la + 4 || lb > la + 8 || doc.at(la) != '【' || doc.at(lb - 1) != '】' {
        return None;
    }
    let label = doc.fstr(la + 1, lb - 1);
    if label.ends_with("解读") {
        return Some(false);
    }
    (label.ends_with("原文") && !label.contains("通知")).then_some(true)
}

/// Whether `[ta, tb)` heads the readers' comments under a page (网友评论（3条）, 全部留言):
/// what follows is theirs, not the plan's.
fn comments_title(doc: &Doc, ta: usize, tb: usize) -> bool {
    let (la, lb) = trim(doc, ta, tb);
    lb - la <= 12
        && [
            "网友评论",
            "全部评论",
            "读者评论",
            "网友留言",
            "精选留言",
            "全部留言",
        ]
        .iter()
        .any(|w| doc.starts(la, w))
}

/// Whether `[ta, tb)` heads an editor's digest of the plan on a reposted page (📌 划重点,
/// 【要点速览】): short, and saying only that.
fn digest_title(doc: &Doc, ta: usize, tb: usize) -> bool {
    tb - ta <= 12
        && ["划重点", "要点速览", "重点速览", "内容速览", "亮点速览"]
            .iter()
            .any(|w| doc.find(ta, tb, w).is_some())
}

/// Whether a span of months in parentheses starts at `j`: （1—3月）, （12月）.
fn month_span(doc: &Doc, j: usize) -> bool {
    doc.at(j) == '('
        && arabic_at(doc, j + 1).is_some_and(|n| {
            let e = if is_range_dash(doc.at(n.end)) {
                arabic_at(doc, n.end + 1).map_or(n.end, |m| m.end)
            } else {
                n.end
            };
            doc.at(e) == '月' && doc.at(e + 1) == ')'
        })
}

/// Whether `j` is inside a starting point (在2025年已建成12个的基础上，…达到15个): what was
/// done there is where a target starts, not what the sentence reports.
pub(super) fn in_base_phrase(doc: &Doc, sa: usize, sb: usize, j: usize) -> bool {
    let open = |k: &usize| !matches!(doc.at(*k), ',' | ';' | '。');
    let back = (j.saturating_sub(20).max(sa)..j)
        .rev()
        .take_while(open)
        .any(|k| doc.at(k) == '在');
    back && (j..(j + 24).min(sb))
        .take_while(open)
        .any(|k| doc.starts(k, "基础上"))
}

/// Whether `[a, b)` is a short list of offices, and nothing else.
pub(super) fn offices(doc: &Doc, a: usize, b: usize) -> bool {
    if a >= b || b - a > 40 {
        return false;
    }
    // Each part between separators ends like an office (no copy: this runs per line).
    let mut s = a;
    for j in a..=b {
        if j == b || matches!(doc.at(j), '、' | ',' | ' ') {
            // 区科技创新局（知识产权局）: the office before its other name.
            let e = if j > s && doc.at(j - 1) == ')' {
                (s..j).rev().find(|&k| doc.at(k) == '(').unwrap_or(j)
            } else {
                j
            };
            if s >= e || !OFFICE_ENDS.iter().any(|o| doc.ends(s, e, o)) {
                return false;
            }
            s = j + 1;
        }
    }
    true
}

/// The cells below a line when a task table is given one cell per paragraph: after at
/// most three office cells, a deadline (its year) or 每年 (true). Bounded look-ahead.
fn cells_below(doc: &Doc, tb: usize) -> Option<(Option<i32>, bool)> {
    let n = doc.len();
    let mut i = tb;
    for _ in 0..4 {
        // The next line, past at most a few blank ones.
        let from = i;
        while i < n && i < from + 16 && (doc.at(i) == '\n' || is_space(doc.at(i))) {
            i += 1;
        }
        if i == from || i >= n {
            return None;
        }
        let a = i;
        while i < n && i < a + 41 && doc.at(i) != '\n' {
            i += 1;
        }
        let (a, b) = trim(doc, a, i);
        if a >= b {
            return None;
        }
        if b == a + 2 && doc.starts(a, "每年") {
            return Some((None, true));
        }
        if let Some(y) = deadline(doc, a, b) {
            return Some((Some(y), false));
        }
        if !offices(doc, a, b) {
            return None;
        }
    }
    None
}

/// Whether a short line is a label and its value (有效发明专利拥有量：5万件以上): a
/// colon after a few chars with no digit before it.
pub(super) fn labeled(doc: &Doc, ta: usize, tb: usize) -> bool {
    tb <= ta + 48
        && (ta + 2..tb.min(ta + 33))
            .find(|&j| doc.at(j) == ':')
            .is_some_and(|j| j + 1 < tb && !(ta..j).any(|k| doc.at(k).is_ascii_digit()))
}

/// What a line's last cell says when it is a task list's 完成时限.
#[derive(Default)]
struct RowEnd {
    /// A deadline's year (2027年底前).
    due: Option<i32>,
    /// 每年: the row's target is yearly.
    yearly: bool,
    /// 每年, 长期, 持续推进: a recurring task.
    recurring: bool,
}

/// The 完成时限 of a line that is a row of cells (found once per line: this runs for every
/// line; only a short cell is copied).
fn row_end(doc: &Doc, ta: usize, tb: usize) -> RowEnd {
    let Some((a, e)) = last_cell(doc, ta, tb) else {
        return RowEnd::default();
    };
    let word = (e - a <= 8).then(|| doc.fstr(a, e));
    let word = word.as_deref().map(str::trim);
    RowEnd {
        due: deadline(doc, a, e),
        yearly: word == Some("每年"),
        // (全年, 年内, 每季度: an annual plan's row, due within its year.)
        recurring: word.is_some_and(|w| {
            ["每年", "长期", "持续推进", "全年", "年内", "每季度", "每月"].contains(&w)
        }),
    }
}

/// [`REVIEW_HEADINGS`] as a word set, prepared once (looked for in every heading).
fn review_words() -> &'static WordSet {
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| WordSet::new(REVIEW_HEADINGS))
}

/// [`RULE_HEADINGS`] as a word set, prepared once (looked for in every short line).
fn rule_words() -> &'static WordSet {
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| WordSet::new(RULE_HEADINGS))
}

/// Whether a line is only a deadline (2026年9月底前), a task list's cell on its own line.
pub(super) fn deadline_cell(doc: &Doc, ta: usize, tb: usize) -> bool {
    tb - ta <= 12 && deadline(doc, ta, tb).is_some()
}

/// Whether a line is a task-list row: its last cell a deadline or a recurring period.
pub(super) fn task_row(doc: &Doc, ta: usize, tb: usize) -> bool {
    let end = row_end(doc, ta, tb);
    end.due.is_some() || end.recurring
}

/// 建设基础, 培育基础: a task verb and 基础, the base the work starts from (a review's
/// heading), not a task to make one firm (夯实基础, 筑牢基础).
fn founding(title: &str) -> bool {
    let t = title.trim_end();
    t.chars().count() == 4
        && t.ends_with("基础")
        && !["夯实", "筑牢", "巩固", "打牢", "强化", "奠定", "厚植"]
            .iter()
            .any(|v| t.starts_with(v))
}
