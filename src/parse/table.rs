//! Indicator tables (指标表) as they arrive from scraped pages: one cell per line, cells
//! separated by blank lines (or by tabs / `|` on one line), a header row with milestone
//! years, optional 序号 / 单位 / 属性 columns.

mod records;

use super::scan::{is_cjk, is_space, is_unit_text, year_cell, Doc};
use super::Cand;
use crate::model::{Attribute, Growth, Measure, Op, SourceKind, Target};

/// One cell: its trimmed char span and folded text.
#[derive(Debug, Clone)]
struct Cell<'d> {
    a: usize,
    b: usize,
    /// The folded chars of `[a, b)`.
    chars: &'d [char],
    /// The length of the text in UTF-8 bytes (header tests ask it first).
    bytes: usize,
    /// The text, made on first read: most cells are lines of prose no header is near.
    made: std::cell::OnceCell<String>,
}

impl<'d> Cell<'d> {
    /// The cell over the chars `[a, b)` of `doc` (empty when `a == b`: a blank cell).
    fn over(doc: &'d Doc, a: usize, b: usize) -> Self {
        let chars = doc.f.get(a..b).unwrap_or(&[]);
        Cell {
            a,
            b,
            chars,
            bytes: chars.iter().map(|c| c.len_utf8()).sum(),
            made: std::cell::OnceCell::new(),
        }
    }

    /// The folded text.
    fn text(&self) -> &str {
        self.made.get_or_init(|| super::scan::string_of(self.chars))
    }

    /// Appends `more` to the text (a header cell wrapped onto the next line).
    fn push_text(&mut self, more: &str) {
        let mut t = self.text().to_string();
        t.push_str(more);
        self.bytes = t.len();
        self.made = std::cell::OnceCell::from(t);
    }
}

/// What a header column holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Serial,
    Category,
    Name,
    Unit,
    Year(i32),
    /// A year's actual figures in a table that also sets targets (2023年完成值 in a
    /// mid-term review): a newer baseline, never a target.
    Actual(i32),
    /// A target column without a year (目标值): the plan's end year.
    Target,
    /// A baseline column without a year (基期值): the year before the plan.
    Base,
    Growth,
    Attr,
    /// 备注 / 说明: free text that may add a milestone (2028年达到75) or say 累计.
    Note,
    /// 完成时限: when a task's target is due (2027年底前, 每年).
    Deadline,
    /// 分值 / 权重: the points an assessment gives a row, never a target.
    Points,
    /// 完成进度（%）: a review's progress figure; the table reports, it sets nothing.
    Progress,
    /// 合计 after yearly columns (2026年 | 2027年 | 2028年 | 合计): the years' sum, a
    /// target of its own for the last year.
    Total,
    Other,
}

/// A table found in the text: its rows as candidates and the span it covers.
pub struct Table {
    /// One candidate per row.
    pub rows: Vec<Cand>,
    /// The rows of a table of the previous period's results (完成情况): no targets, but
    /// each row's latest value is a baseline for the same indicator.
    pub past: Vec<Cand>,
    /// Char span `[start, end)` of the table, header included.
    pub span: (usize, usize),
}

/// Finds every indicator table in the document. The plan's period gives years to bare
/// 基期值 (the year before it) and 目标值 (its end) columns.
pub fn find_tables(doc: &Doc, period: Option<(i32, i32)>) -> Vec<Table> {
    let cells = cells(doc);
    let mut out = Vec::new();
    let mut i = 0;
    while i < cells.len() {
        // A table with its years down the side: turned, it reads like any other.
        let found = header_at(doc, &cells, i, period)
            .map(|(first, roles, after)| {
                let (mut rows, end) = rows(doc, &cells, after, &roles);
                name_measure(cells.get(first..after).unwrap_or(&[]), &mut rows);
                (first, roles, rows, end)
            })
            .or_else(|| transposed(doc, &cells, i));
        match found {
            Some((first, roles, mut rows, end)) => {
                if in_period_first_column(&cells, first, &roles, period) {
                    for r in rows.iter_mut() {
                        base_to_target(r);
                    }
                }
                // Rows with no target (持续提升) give their base value and 属性 only.
                let (rows, known): (Vec<Cand>, Vec<Cand>) = rows
                    .into_iter()
                    .partition(|r| !r.targets.is_empty() || r.growth.is_some());
                if rows.is_empty() {
                    i += 1;
                    continue;
                }
                let span_end = cells.get(end.saturating_sub(1)).map_or(0, |c| c.b);
                let span_start = cells.get(first).map_or(0, |c| c.a);
                // Every year column before the plan (2020年, 2025年目标, 2025年完成 in a
                // 2026—2030 plan): the previous plan's results, not this plan's targets.
                let results = period.is_some_and(|(start, _)| {
                    !roles
                        .iter()
                        .any(|r| matches!(r, Role::Year(y) if *y >= start))
                });
                // A review's table (2020年基期值 | 2025年目标值 | 2023年完成值 | 完成进度):
                // the plan's targets as they stood, and each row's actual is a baseline.
                let review = roles.contains(&Role::Progress);
                let mut rows = rows;
                if let Some(c) = first.checked_sub(1).and_then(|k| cells.get(k)) {
                    apply_caption(doc, c, &mut rows);
                }
                let (mut rows, mut past) = if review {
                    (
                        Vec::new(),
                        rows.into_iter()
                            .filter_map(|r| as_reviewed(r, period))
                            .collect(),
                    )
                } else if results {
                    (Vec::new(), rows.into_iter().filter_map(as_past).collect())
                } else {
                    (rows, Vec::new())
                };
                if !results {
                    past.extend(known);
                }
                mark_binding(doc, span_end, &mut rows);
                out.push(Table {
                    rows,
                    past,
                    span: (span_start, span_end),
                });
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
    // Records (指标名称：… / 2030年目标：…), where no other table stands.
    for t in records::record_tables(doc, period) {
        if !out
            .iter()
            .any(|o: &Table| o.span.0 < t.span.1 && t.span.0 < o.span.1)
        {
            out.push(t);
        }
    }
    // Tables of several indicators for each row's part (产业链 | 专利组合（个） | 链主企业
    // （家） …, years on a second header line), where no other table stands.
    for t in matrix_tables(doc, period) {
        if !out
            .iter()
            .any(|o: &Table| o.span.0 < t.span.1 && t.span.0 < o.span.1)
        {
            out.push(t);
        }
    }
    out
}

/// 产品名称 | … | 2025年产值（亿元） | 2028年产值（亿元）: rows that name a product or a
/// field take the measure their year columns name (张家界莓茶 → 张家界莓茶产值), and its
/// unit when they give none.
fn name_measure(header: &[Cell], rows: &mut [Cand]) {
    let measured: Vec<(String, Option<String>)> = header
        .iter()
        .filter_map(|c| measured_year(c.text()))
        .map(|(_, m, u)| (m, u))
        .collect();
    let Some((measure, unit)) = measured.first() else {
        return;
    };
    if measured.iter().any(|(m, _)| m != measure) {
        return;
    }
    for r in rows.iter_mut() {
        if !r.name.ends_with(measure.as_str()) {
            r.name.push_str(measure);
        }
        if r.unit.is_none() {
            r.unit.clone_from(unit);
        }
    }
}

/// `2025年产值（亿元）`: a year column naming the measure (产值, 销售额, 营业收入 …) and
/// perhaps its unit: (year, measure, unit).
fn measured_year(text: &str) -> Option<(i32, String, Option<String>)> {
    // (Cheap exit first: every header cell comes here.)
    // (2025年目标值, 2025年基期值: a year cell's own words, no measure.)
    if !text.as_bytes().get(..4)?.iter().all(u8::is_ascii_digit) || year_cell(text).is_some() {
        return None;
    }
    let t = squash(text);
    let (head, unit) = match headed_unit(&t) {
        Some((h, u)) => (h, Some(u)),
        None => (t, None),
    };
    let (year, measure) = head.split_once('年')?;
    let y: i32 = year.parse().ok().filter(|y| (1949..=2099).contains(y))?;
    let n = measure.chars().count();
    let ok = (2..=5).contains(&n)
        && measure.chars().all(is_cjk)
        && ["值", "额", "量", "收入", "规模"]
            .iter()
            .any(|w| measure.ends_with(w));
    ok.then(|| (y, measure.to_string(), unit))
}

/// `高价值专利组合（个）`: an indicator's name and its unit in brackets, as a column head.
fn headed_unit(text: &str) -> Option<(String, String)> {
    let t = squash(text);
    let inner = t.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (name, unit) = (inner.get(..open)?, inner.get(open + 1..)?);
    (name.chars().count() >= 2 && is_unit_text(unit)).then(|| (name.to_string(), unit.to_string()))
}

/// Matrix tables: a header line naming two or more indicators with their units, a line of
/// years under them (2025年 | 2028年 …), then one row per part (an industry chain, a
/// field) and perhaps a 合计 row. Each (row, indicator) is one candidate, named by the row
/// and the indicator (泛半导体产业链高价值专利组合; 合计 takes the indicator's name).
fn matrix_tables(doc: &Doc, period: Option<(i32, i32)>) -> Vec<Table> {
    // The lines, and whether each may head one: a tab and two closing brackets (this runs
    // on every page; few have such a table, most have no tab at all).
    if !doc.f.contains(&'\t') {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let mut heads = Vec::new();
    let mut s = 0;
    for line in doc.f.split(|&c| c == '\n') {
        lines.push((s, s + line.len()));
        heads.push(line.contains(&'\t') && line.iter().filter(|&&c| c == ')').count() >= 2);
        s += line.len() + 1;
    }
    if !heads.contains(&true) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k + 2 < lines.len() {
        if !heads.get(k).copied().unwrap_or(false) {
            k += 1;
            continue;
        }
        match lines
            .get(k)
            .and_then(|&(a, b)| matrix_at(doc, &lines, k, a, b, period))
        {
            Some((t, next)) => {
                out.push(t);
                k = next;
            }
            None => k += 1,
        }
    }
    out
}

/// The matrix table whose header is line `k` (`[a, b)`), and the line after it.
fn matrix_at(
    doc: &Doc,
    lines: &[(usize, usize)],
    k: usize,
    a: usize,
    b: usize,
    period: Option<(i32, i32)>,
) -> Option<(Table, usize)> {
    let head = doc.split(a, b, '\t');
    let heads: Vec<Option<(String, String)>> = head
        .iter()
        .map(|&(x, y)| headed_unit(&doc.fstr(x, y)))
        .collect();
    if heads.iter().flatten().count() < 2 {
        return None;
    }
    // The label column: the first named field that is neither 序号 nor an indicator.
    let label = head.iter().zip(&heads).position(|(&(x, y), h)| {
        let t = squash(&doc.fstr(x, y));
        h.is_none() && !t.is_empty() && !matches!(t.as_str(), "序号" | "编号" | "序")
    })?;
    // The years under the indicators, and which indicator each column belongs to.
    let (ya, yb) = *lines.get(k + 1)?;
    let years: Vec<Option<i32>> = doc
        .split(ya, yb, '\t')
        .iter()
        .map(|&(x, y)| year_cell(&doc.fstr(x, y)))
        .collect();
    let mut group = None;
    let mut cols: Vec<(usize, usize, i32)> = Vec::new();
    for (c, h) in heads.iter().enumerate() {
        if h.is_some() {
            group = Some(c);
        } else if !squash(&doc.fstr(head[c].0, head[c].1)).is_empty() {
            group = None;
        }
        if let (Some(g), Some(Some(y))) = (group, years.get(c)) {
            cols.push((c, g, *y));
        }
    }
    let groups: Vec<usize> = heads
        .iter()
        .enumerate()
        .filter(|(_, h)| h.is_some())
        .map(|(c, _)| c)
        .collect();
    if !groups.iter().all(|g| cols.iter().any(|&(_, x, _)| x == *g)) {
        return None;
    }
    let start = period.map(|(s, _)| s);
    let mut rows = Vec::new();
    let mut end = k + 2;
    let mut span_end = yb;
    while let Some(&(ra, rb)) = lines.get(end) {
        let fields = doc.split(ra, rb, '\t');
        if fields.len() < 3 {
            break;
        }
        let Some(&(la, lb)) = fields.get(label) else {
            break;
        };
        let row_label = doc.orig_str(la, lb).trim().to_string();
        if row_label.is_empty() || row_label.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        let last = fields
            .iter()
            .rposition(|&(x, y)| !squash(&doc.fstr(x, y)).is_empty())
            .and_then(|i| fields.get(i))
            .map_or(lb, |f| f.1);
        for &g in &groups {
            let Some((name, unit)) = heads.get(g).cloned().flatten() else {
                continue;
            };
            let mut baseline = None;
            let mut targets = Vec::new();
            for &(c, _, year) in cols.iter().filter(|x| x.1 == g) {
                let Some(v) = fields
                    .get(c)
                    .and_then(|&(x, y)| value_cell(&doc.fstr(x, y)))
                else {
                    continue;
                };
                if start.is_some_and(|s| year < s) {
                    baseline = Some(Measure {
                        year,
                        value: v.value,
                        unit: None,
                    });
                } else if v.op != Op::Double {
                    targets.push(Target {
                        year,
                        op: v.op,
                        value: Some(v.value),
                        high: v.high,
                        unit: None,
                    });
                }
            }
            if targets.is_empty() {
                continue;
            }
            let whole = squash(&row_label);
            let name = if matches!(whole.as_str(), "合计" | "总计" | "全市" | "全区" | "全县")
            {
                name
            } else {
                format!("{row_label}{name}")
            };
            rows.push(Cand {
                kind: SourceKind::Table,
                name,
                unit: Some(unit),
                baseline,
                targets,
                growth: None,
                cumulative: false,
                per_year: false,
                attribute: None,
                quote: (la, last),
                increment: false,
                rise: None,
                default_year: false,
                due: false,
            });
        }
        span_end = rb;
        end += 1;
    }
    (!rows.is_empty()).then(|| {
        (
            Table {
                rows,
                past: Vec::new(),
                span: (a, span_end),
            },
            end,
        )
    })
}

/// A transposed indicator table at cell `i`: a header 年份 | 指标A（件） | 指标B（%） …,
/// perhaps a 单位 row, then one row per year (2025年（基期） | 1.6 | 86) and perhaps a 属性
/// row, each on one line or one cell per line. One candidate per column: (first cell, the
/// year roles, the rows, end cell).
fn transposed(doc: &Doc, cells: &[Cell], i: usize) -> Option<(usize, Vec<Role>, Vec<Cand>, usize)> {
    let head = cells.get(i)?;
    // Cheap test first: this runs on every cell that starts no other table.
    let short = head.bytes <= 12 && head.text().contains(['年', '时']);
    if !short
        || !matches!(
            squash(head.text()).as_str(),
            "年份" | "年度" | "年" | "时间"
        )
    {
        return None;
    }
    // The cells on the line of cell `k` from it on, each checked against the one before
    // it (no rescan of the line); none past 41 (no wider table is read).
    let line = |k: usize| -> Vec<usize> {
        let mut out = Vec::new();
        let mut j = k;
        while let Some(c) = cells.get(j) {
            let joined =
                out.is_empty() || cells.get(j - 1).is_some_and(|p| same_line(doc, p.b, c.a));
            if !joined {
                break;
            }
            if out.len() > 40 {
                return Vec::new();
            }
            out.push(j);
            j += 1;
        }
        out
    };
    // The names: the rest of the header's line, or (one cell per line) the text cells up
    // to the first row label (a year, 单位 or 属性).
    let label = |k: usize| {
        cells.get(k).is_some_and(|c| {
            year_cell(c.text()).is_some() || matches!(squash(c.text()).as_str(), "单位" | "属性")
        })
    };
    let head_width = line(i).len();
    let mut width = head_width;
    if width < 3 {
        width = (i + 1..(i + 42).min(cells.len()))
            .find(|&k| label(k))
            .map_or(0, |k| k - i);
    }
    let names_ok = (i + 1..i + width).all(|k| cells.get(k).is_some_and(|c| is_text_cell(c.text())));
    if width < 3 || !names_ok {
        return None;
    }
    let one_line = head_width == width;
    let mut years: Vec<(i32, usize)> = Vec::new();
    let (mut attr_row, mut unit_row) = (None, None);
    let mut p = i + width;
    loop {
        let first = cells.get(p).map(|c| c.text()).unwrap_or("");
        // Written a row per line, every row is one line of the header's width.
        if (one_line && line(p).len() != width) || p + width > cells.len() {
            break;
        }
        match year_cell(first) {
            Some(y) if attr_row.is_none() => years.push((y, p)),
            _ if squash(first) == "属性" => attr_row = Some(p),
            _ if squash(first) == "单位" && years.is_empty() => unit_row = Some(p),
            _ => break,
        }
        p += width;
    }
    if years.len() < 2 {
        return None;
    }
    let roles: Vec<Role> = years.iter().map(|&(y, _)| Role::Year(y)).collect();
    let last = p.checked_sub(1)?;
    let mut out = Vec::new();
    for col in 1..width {
        let mut values = Vec::new();
        let mut empty = Vec::new();
        for &(y, r) in &years {
            let text = cells.get(r + col).map(|c| c.text()).unwrap_or("");
            match value_cell(text) {
                Some(v) => values.push((Role::Year(y), v)),
                None if is_empty_marker(text) => empty.push(Role::Year(y)),
                None => {}
            }
        }
        let attribute = attr_row
            .and_then(|r| cells.get(r + col))
            .and_then(|c| Attribute::from_name(&squash(c.text())));
        let name = i + col;
        let unit = unit_row.map(|r| r + col);
        let row = build_row(
            doc,
            cells,
            (name, name, unit, last),
            &values,
            &empty,
            attribute,
        );
        if let Some(c) = row.filter(|c| !c.targets.is_empty() || c.growth.is_some()) {
            out.push(c);
        }
    }
    Some((i, roles, out, p))
}

/// Splits the text into cells: one per non-blank line, or several when a line holds
/// tabs or `|` separators.
fn cells(doc: &Doc) -> Vec<Cell<'_>> {
    let mut out = Vec::new();
    let mut a = 0;
    let n = doc.len();
    // The header of a table whose rows are written with single spaces: it tells how to
    // split the rows that follow.
    let mut header: Option<Vec<Role>> = None;
    // The cells of the line before, when it was a one-line header: (line start, first
    // cell), for a second header line that completes its cells.
    let mut header_cells: Option<(usize, usize)> = None;
    while a <= n {
        let b = doc.find_char(a, n, '\n').unwrap_or(n);
        let (ta, tb) = trimmed(doc, a, b);
        // A page footer inside a table (— 5 —) is no cell. (Only these chars can make
        // one: a cheap test before the line is copied out.)
        let footer_char = |c: char| {
            is_space(c) || c.is_ascii_digit() || matches!(c, '—' | '-' | '–' | '─' | '第' | '页')
        };
        if (ta..tb).all(|j| footer_char(doc.at(j))) && page_footer(&doc.fstr(ta, tb)) {
            a = b + 1;
            continue;
        }
        let after_header = header_cells.take();
        if let Some((ls, k)) = after_header.filter(|_| header_continues(doc, ta, tb)) {
            complete_header(doc, (ls, a), (ta, tb), out.get_mut(k..).unwrap_or_default());
            a = b + 1;
            continue;
        }
        let mut seps = separators(doc, ta, tb);
        let mut gap = None;
        if ta < tb {
            if let Some(roles) = header_line(doc, ta, tb) {
                header_cells = Some((a, out.len()));
                // Every blank-separated word is a header cell (序号　指标名称 with one
                // full-width blank between).
                if seps.iter().all(|&(x, y)| is_space(doc.at(x)) && y > x) {
                    seps = space_runs(doc, ta, tb, 1);
                }
                seps = join_year_labels(doc, ta, tb, seps);
                header = Some(roles);
            } else if let Some(roles) = &header {
                // A line cut by tabs or bars keeps its cells (保护类型 after 产品名称 is a
                // column, not more of the name).
                let hard = seps
                    .first()
                    .is_some_and(|&(x, _)| matches!(doc.at(x), '\t' | '|'));
                let row = match hard {
                    true => Vec::new(),
                    false => spaced_row(doc, ta, tb, roles),
                };
                if !hard {
                    gap = blank_cell(doc, if row.is_empty() { &seps } else { &row }, roles);
                }
                if row.is_empty() && seps.is_empty() {
                    header = None;
                } else if !row.is_empty() {
                    seps = row;
                }
            }
        }
        let mut s = ta;
        for (i, (x, y)) in seps.into_iter().enumerate() {
            push_cell(doc, s, x, &mut out);
            if gap == Some(i) {
                // (An empty cell: no text, read as a blank value.)
                out.push(Cell::over(doc, x, x));
            }
            s = y;
        }
        push_cell(doc, s, tb, &mut out);
        a = b + 1;
    }
    out
}

/// 注：标★的为约束性指标，其余为预期性指标 under a table (带*的… alike): the rows that
/// carry the mark are binding, the others expected, where no 属性 column said so.
fn mark_binding(doc: &Doc, end: usize, rows: &mut [Cand]) {
    let stop = (end + 200).min(doc.len());
    let Some(k) = doc.find(end, stop, "的为约束性") else {
        return;
    };
    let Some(mark) = (k.saturating_sub(4)..k)
        .rev()
        .map(|j| doc.at(j))
        .find(|c| matches!(c, '★' | '☆' | '*' | '▲' | '△' | '#' | '※'))
    else {
        return;
    };
    let rest = ["其余为预期性", "其他为预期性", "其余指标为预期性"]
        .iter()
        .any(|w| doc.find(k, stop, w).is_some());
    for r in rows.iter_mut().filter(|r| r.attribute.is_none()) {
        if doc.slice(r.quote.0, r.quote.1).contains(&mark) {
            r.attribute = Some(Attribute::Binding);
        } else if rest {
            r.attribute = Some(Attribute::Expected);
        }
    }
}

/// A blank cell in a row of aligned text (`件       〔10〕   〔20〕`, a base left empty):
/// the separator much wider than every other, when the row is one cell short of its
/// header (and the header has no category column a row may leave out).
fn blank_cell(doc: &Doc, seps: &[(usize, usize)], roles: &[Role]) -> Option<usize> {
    if seps.len() + 2 != roles.len() || roles.contains(&Role::Category) {
        return None;
    }
    if seps.iter().any(|&(x, y)| y <= x || !is_space(doc.at(x))) {
        return None;
    }
    // (Only between the data cells: the gap after a name is wide by nature.)
    let first_data = usize::from(roles.contains(&Role::Serial)) + 1;
    let widths: Vec<usize> = seps.iter().map(|&(x, y)| y - x).collect();
    let (k, w) = (first_data..widths.len())
        .map(|i| (i, widths[i]))
        .max_by_key(|&(_, w)| w)?;
    let other = (0..widths.len())
        .filter(|&i| i != k)
        .map(|i| widths[i])
        .max()
        .unwrap_or(0);
    (w >= 5 && w >= 2 * other).then_some(k)
}

/// Whether a line only holds the second halves of header cells wrapped onto it (基 数 /
/// 目标值 / 属性 under 2024年 / 2025年 / 指标): short words, no digits, some of them header
/// words.
fn header_continues(doc: &Doc, a: usize, b: usize) -> bool {
    let ws = words(doc, a, b);
    let short = |&(x, y): &(usize, usize)| {
        y - x <= 4 && (x..y).all(|j| !doc.at(j).is_ascii_digit() && !is_space(doc.at(j)))
    };
    !ws.is_empty()
        && b - a <= 200
        && ws.iter().all(short)
        && ws
            .iter()
            .any(|&(x, y)| header_role(&doc.fstr(x, y)).is_some_and(|r| r != Role::Name))
}

/// Appends each word of a wrapped header line `[a, b)` to the header cell above it (by
/// display column from the lines' starts: CJK characters are two columns wide).
fn complete_header(
    doc: &Doc,
    (top, line): (usize, usize),
    (a, b): (usize, usize),
    cells: &mut [Cell],
) {
    let col = |from: usize, to: usize| -> usize {
        (from..to)
            .map(|j| if (doc.at(j) as u32) < 0x1100 { 1 } else { 2 })
            .sum()
    };
    let spans: Vec<(usize, usize)> = cells
        .iter()
        .map(|c| (col(top, c.a), col(top, c.b)))
        .collect();
    for (x, y) in words(doc, a, b) {
        let mid = (col(line, x) + col(line, y)) / 2;
        let dist = |&(s, e): &(usize, usize)| {
            if mid < s {
                s - mid
            } else {
                mid.saturating_sub(e)
            }
        };
        let nearest = (0..spans.len()).min_by_key(|&k| dist(&spans[k]));
        if let Some(c) = nearest.and_then(|k| cells.get_mut(k)) {
            c.push_text(&doc.fstr(x, y));
        }
    }
}

/// A page number between dashes (— 5 —, - 5 -) or 第5页.
fn page_footer(t: &str) -> bool {
    let s = squash(t);
    let dash = |c: char| matches!(c, '—' | '-' | '–' | '─');
    let dashed = s.trim_matches(dash);
    let both = s.starts_with(dash) && s.ends_with(dash);
    let core = if both {
        dashed
    } else {
        match s.strip_prefix('第').and_then(|r| r.strip_suffix('页')) {
            Some(r) => r,
            None => return false,
        }
    };
    (1..=4).contains(&core.len()) && core.chars().all(|c| c.is_ascii_digit())
}

fn trimmed(doc: &Doc, mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && is_space(doc.at(a)) {
        a += 1;
    }
    while b > a && is_space(doc.at(b - 1)) {
        b -= 1;
    }
    (a, b)
}

/// Cell separators inside a line: tabs and `|`, or — when a line has at least two of
/// them — runs of two or more spaces (tables pasted as aligned text).
fn separators(doc: &Doc, a: usize, b: usize) -> Vec<(usize, usize)> {
    let hard: Vec<(usize, usize)> = (a..b)
        .filter(|&j| matches!(doc.at(j), '\t' | '|'))
        .map(|j| (j, j + 1))
        .collect();
    if !hard.is_empty() {
        return hard;
    }
    let runs = space_runs(doc, a, b, 2);
    if runs.len() >= 2 {
        return runs;
    }
    single_space_row(doc, a, b)
}

/// Runs of at least `min` blanks inside `[a, b)`.
fn space_runs(doc: &Doc, a: usize, b: usize, min: usize) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut j = a;
    while j < b {
        if is_space(doc.at(j)) {
            let k = (j..b).find(|&k| !is_space(doc.at(k))).unwrap_or(b);
            if k - j >= min {
                runs.push((j, k));
            }
            j = k;
        } else {
            j += 1;
        }
    }
    runs
}

/// Blank-separated words of `[a, b)` as spans.
fn words(doc: &Doc, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = a;
    for (x, y) in space_runs(doc, a, b, 1) {
        out.push((s, x));
        s = y;
    }
    if s < b {
        out.push((s, b));
    }
    out
}

/// A header line written on one line (`指标名称 单位 2022年 2025年 属性`, `序号 目标任务
/// 单位 目标值 责任处室`): every blank-separated word is a header cell, with a name column
/// and a year or target column. Returns the roles.
fn header_line(doc: &Doc, a: usize, b: usize) -> Option<Vec<Role>> {
    // (Wide blanks align the columns: up to 200 chars, at most 80 of them not blank, and
    // three words or more. One cheap pass first: this runs for every line.)
    if b - a > 200 {
        return None;
    }
    let (mut solid, mut gaps) = (0, 0);
    for j in a..b {
        if !is_space(doc.at(j)) {
            solid += 1;
            if solid > 80 {
                return None;
            }
        } else if j > a && !is_space(doc.at(j - 1)) {
            gaps += 1;
        }
    }
    if gaps < 2 {
        return None;
    }
    let ws = words(doc, a, b);
    if ws.len() < 3 || ws.len() > 10 {
        return None;
    }
    let roles: Vec<Role> = ws
        .iter()
        .map(|&(x, y)| header_role(&doc.fstr(x, y)))
        .collect::<Option<_>>()?;
    let roles: Vec<Role> = (roles.iter().enumerate())
        .filter(|&(k, r)| !(k > 0 && ws[k].0 - ws[k - 1].1 == 1 && year_label(&roles[k - 1], r)))
        .map(|(_, r)| *r)
        .collect();
    let valued = roles.iter().any(|r| {
        matches!(
            r,
            Role::Year(_) | Role::Actual(_) | Role::Target | Role::Base
        )
    });
    (valued && roles.contains(&Role::Name)).then_some(roles)
}

/// Whether a header word only labels the year word one blank before it (`2025年 基期值`,
/// `2027年 目标值`): the two are one column. (Wider gaps part columns: `2024年　　目标值`
/// over a second header line.)
fn year_label(before: &Role, word: &Role) -> bool {
    matches!(before, Role::Year(_)) && matches!(word, Role::Base | Role::Target)
}

/// The separators of a one-line header without those between a year and its label
/// ([`year_label`]).
fn join_year_labels(
    doc: &Doc,
    a: usize,
    b: usize,
    seps: Vec<(usize, usize)>,
) -> Vec<(usize, usize)> {
    let role = |x: usize, y: usize| header_role(&doc.fstr(x, y));
    let joined = |k: usize| {
        let (x, y) = seps[k];
        if y - x != 1 {
            return false;
        }
        let start = k.checked_sub(1).map_or(a, |p| seps[p].1);
        let end = seps.get(k + 1).map_or(b, |s| s.0);
        matches!((role(start, x), role(y, end)), (Some(r0), Some(r1)) if year_label(&r0, &r1))
    };
    (0..seps.len())
        .filter(|&k| !joined(k))
        .map(|k| seps[k])
        .collect()
}

/// A row under a one-line header, written with single blanks: optional serial, the name
/// (everything before the first unit, value or empty cell; it may hold blanks), then unit,
/// value, attribute cells, then as many free-text cells as the header has columns after
/// its values (责任处室). Returns the separators, or nothing when the line is no row.
fn spaced_row(doc: &Doc, a: usize, b: usize, roles: &[Role]) -> Vec<(usize, usize)> {
    let ws = words(doc, a, b);
    if ws.len() < 2 || ws.len() > 16 {
        return Vec::new();
    }
    let text = |&(x, y): &(usize, usize)| doc.fstr(x, y);
    let is_serial = |w: &(usize, usize)| {
        let t = text(w);
        t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
    };
    // 类别 序号 指标 …: a group's first row starts with its category, then the serial.
    let cat_first = roles.first() == Some(&Role::Category)
        && roles.contains(&Role::Serial)
        && ws.len() > 3
        && !is_serial(&ws[0])
        && is_serial(&ws[1]);
    let serial = roles.contains(&Role::Serial) && (cat_first || ws.first().is_some_and(is_serial));
    let name_from = usize::from(serial) + usize::from(cat_first);
    let is_data = |t: &str| {
        value_cell(t).is_some()
            || is_empty_marker(t)
            || is_unit_text(t)
            || Attribute::from_name(t).is_some()
    };
    let Some(name_to) = (name_from + 1..ws.len()).find(|&k| is_data(&text(&ws[k]))) else {
        return Vec::new();
    };
    let trailing = roles
        .iter()
        .rev()
        .take_while(|r| matches!(r, Role::Other | Role::Note))
        .count();
    // Cells come in header order: unit, values, attribute.
    let stage = |t: &str| {
        if Attribute::from_name(t).is_some() {
            Some(2)
        } else if value_cell(t).is_some() || is_empty_marker(t) {
            Some(1)
        } else {
            is_unit_text(t).then_some(0)
        }
    };
    let mut at = 0;
    let data_end = (name_to..ws.len())
        .find(|&k| match stage(&text(&ws[k])) {
            Some(s) if s >= at && !(s == 0 && k > name_to) => {
                at = s;
                false
            }
            _ => true,
        })
        .unwrap_or(ws.len());
    if ws.len() - data_end > trailing
        || !(name_to..data_end).any(|k| value_cell(&text(&ws[k])).is_some())
    {
        return Vec::new();
    }
    let mut seps = Vec::new();
    let mut cut = |k: usize| {
        if let (Some(p), Some(n)) = (ws.get(k - 1), ws.get(k)) {
            seps.push((p.1, n.0));
        }
    };
    if cat_first {
        cut(1);
    }
    if serial {
        cut(name_from);
    }
    // A category column (类别 创造 / 运用): the first word of a row that has more words
    // than its name needs; rows under the same category leave it out.
    let ncat = match cat_first {
        true => 0,
        false => roles.iter().filter(|r| **r == Role::Category).count(),
    };
    for k in 0..ncat.min(name_to.saturating_sub(name_from + 1)) {
        cut(name_from + k + 1);
    }
    for k in name_to..ws.len() {
        cut(k);
    }
    seps
}

/// A row written with single spaces (`每万人口发明专利拥有量（件） 4.37 6 预期性`): split
/// only when every part after the first is a value, year, unit or attribute.
fn single_space_row(doc: &Doc, a: usize, b: usize) -> Vec<(usize, usize)> {
    if b - a > 120 {
        return Vec::new();
    }
    let spaces: Vec<usize> = (a..b).filter(|&j| is_space(doc.at(j))).collect();
    if spaces.len() < 2 || spaces.len() > 12 {
        return Vec::new();
    }
    let mut starts = vec![a];
    starts.extend(spaces.iter().map(|j| j + 1));
    let ends: Vec<usize> = spaces.iter().copied().chain([b]).collect();
    let tableish = starts.iter().zip(&ends).skip(1).all(|(&x, &y)| {
        let t = doc.fstr(x, y);
        !t.is_empty()
            && (value_cell(&t).is_some()
                || is_empty_marker(&t)
                || Attribute::from_name(&t).is_some()
                || matches!(
                    header_role(&t),
                    Some(Role::Year(_) | Role::Actual(_) | Role::Attr | Role::Unit)
                ))
    });
    if tableish {
        spaces.into_iter().map(|j| (j, j + 1)).collect()
    } else {
        Vec::new()
    }
}

fn push_cell<'d>(doc: &'d Doc, a: usize, b: usize, out: &mut Vec<Cell<'d>>) {
    let mut a = a;
    let mut b = b;
    while a < b && is_space(doc.at(a)) {
        a += 1;
    }
    while b > a && is_space(doc.at(b - 1)) {
        b -= 1;
    }
    if a == b {
        return;
    }
    let cell = Cell::over(doc, a, b);
    // Markdown rule rows (|---|:--:|) are not cells.
    if cell.chars.len() >= 3 && cell.chars.iter().all(|c| matches!(c, '-' | ':' | ' ')) {
        return;
    }
    out.push(cell);
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !is_space(*c)).collect()
}

/// [`header_role`] of a cell; a long one (a line of prose) is no header cell, and its
/// text is not made for the test.
fn cell_role(c: &Cell) -> Option<Role> {
    // (`header_role` rejects texts over 60 bytes, `year_cell` over 48.)
    if c.bytes > 60 {
        return None;
    }
    header_role(c.text())
}

/// The role a header cell announces, if it looks like a header cell at all.
fn header_role(text: &str) -> Option<Role> {
    if let Some(y) = year_cell(text) {
        let actual = ["完成", "实际"].iter().any(|w| text.contains(w)) && !text.contains("目标");
        return Some(if actual {
            Role::Actual(y)
        } else {
            Role::Year(y)
        });
    }
    if let Some((y, _, _)) = measured_year(text) {
        return Some(Role::Year(y));
    }
    if text.len() > 60 {
        return None;
    }
    let t = squash(text);
    if t.chars().count() > 10 || t.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // (The cell is tested against many words.)
    let h = super::scan::Hay::new(&t);
    Some(match t.as_str() {
        "序号" | "编号" | "序" => Role::Serial,
        "目标值" | "目标" | "年度目标" | "预期目标" | "目标数" => Role::Target,
        "基期值" | "基期" | "基数" | "现状值" | "基准值" | "基期数" => Role::Base,
        // 责任单位, 牵头部门: who does it, not the unit of measure.
        _ if ["责任", "牵头", "部门", "处室", "配合"]
            .iter()
            .any(|w| h.has(w)) =>
        {
            Role::Other
        }
        _ if h.has("属性") || h.has("性质") || t.ends_with("类型") => Role::Attr,
        _ if five_year_end(&h).is_some() => Role::Year(five_year_end(&h).unwrap_or(0)),
        _ if h.has("单位") => Role::Unit,
        _ if h.has("年均") || h.has("增速") || h.has("增长") => Role::Growth,
        _ if t.starts_with('类') || h.has("领域") || h.has("分类") || t == "维度" => {
            Role::Category
        }
        _ if h.has("指标")
            || h.has("名称")
            || t == "项目"
            || t == "内容"
            || t.ends_with("任务") =>
        {
            Role::Name
        }
        _ if t == "备注" || t == "说明" => Role::Note,
        "完成时限" | "完成时间" | "时限" | "完成年限" | "时间节点" => {
            Role::Deadline
        }
        "分值" | "权重" | "赋分" | "分数" | "考核分值" | "标准分" => Role::Points,
        // A mid-term review's 完成进度（%） and 评价 columns: a figure and a word, never
        // targets. (A yearly monitoring table's 进展情况 (超预期 / 滞后) marks a review too.)
        _ if t.starts_with("完成进度") || t.starts_with("进度") || t == "进展情况" => {
            Role::Progress
        }
        "评价" | "评估结论" => Role::Other,
        "合计" | "总计" | "三年合计" | "五年合计" => Role::Total,
        // 获批年份, 认定时间: when a listed item got its status, a date per row.
        _ if t.ends_with("年份") || t.ends_with("时间") || t.ends_with("日期") => Role::Other,
        _ => return None,
    })
}

/// The last year of a five-year period named in a header cell (“十四五”目标 → 2025).
fn five_year_end(t: &super::scan::Hay) -> Option<i32> {
    super::words::FIVE_YEAR_PLANS
        .iter()
        .rev()
        .find(|(w, _)| t.has(w))
        .map(|(_, end)| *end)
}

/// A header starting at or before `i`: (first cell, roles, first cell after the header).
fn header_at(
    doc: &Doc,
    cells: &[Cell],
    i: usize,
    period: Option<(i32, i32)>,
) -> Option<(usize, Vec<Role>, usize)> {
    // A bare 目标值 column holds the plan's end-year targets, a bare 基期值 column the
    // values of the year before the plan.
    let role = |c: &Cell| match cell_role(c) {
        Some(Role::Target) => Some(period.map_or(Role::Other, |(_, e)| Role::Year(e))),
        Some(Role::Base) => Some(period.map_or(Role::Other, |(s, _)| Role::Year(s - 1))),
        r => r,
    };
    // Anchor on a year cell; the header may begin a few cells earlier.
    matches!(role(cells.get(i)?), Some(Role::Year(_) | Role::Actual(_))).then_some(())?;
    let mut first = i;
    while first > 0 && i - first < 4 {
        match role(&cells[first - 1]) {
            Some(Role::Year(_) | Role::Actual(_)) | None => break,
            Some(_) => first -= 1,
        }
    }
    let mut end = i;
    while end < cells.len() {
        match role(&cells[end]) {
            Some(r) if r != Role::Name || end == first => end += 1,
            _ => break,
        }
    }
    // 2024年 / 基数 on two lines (a PDF's wrapped header cell): one column.
    let bare_year = |c: &Cell| {
        let t = squash(c.text());
        t.len() <= 7 && t.trim_end_matches('年').chars().all(|c| c.is_ascii_digit())
    };
    let wrapped = |k: usize| {
        k > first
            && bare_year(&cells[k - 1])
            && (cells[k - 1].b..cells[k].a)
                .filter(|&j| doc.at(j) == '\n')
                .count()
                == 1
            && matches!(cell_role(&cells[k]), Some(Role::Base | Role::Target))
    };
    let kept: Vec<usize> = (first..end).filter(|&k| !wrapped(k)).collect();
    let mut roles: Vec<Role> = kept.iter().filter_map(|&k| role(&cells[k])).collect();
    // 一级指标 | 二级指标 | 三级指标 | 目标值: the levels above the last are categories.
    let level = |k: &usize| {
        let t = squash(cells[*k].text());
        t.ends_with("级指标") && t.chars().count() == 4
    };
    if roles.len() == kept.len() && kept.iter().filter(|k| level(k)).count() >= 2 {
        let last = kept.iter().rposition(level).unwrap_or(0);
        for (i, k) in kept.iter().enumerate() {
            if i < last && level(k) {
                roles[i] = Role::Category;
            }
        }
    }
    spread_group(&cells[first..end], &mut roles);
    // (In a table of the previous plan's results, 2020年目标 | 2020年完成, every column is
    // a past year's and the last one is the baseline: actuals stay year columns.)
    let live = |r: &Role| matches!((r, period), (Role::Year(y), Some((s, _))) if *y >= s);
    if !roles.iter().any(live) {
        for r in roles.iter_mut() {
            if let Role::Actual(y) = *r {
                *r = Role::Year(y);
            }
        }
    }
    let years = roles
        .iter()
        .filter(|r| matches!(r, Role::Year(_) | Role::Actual(_)))
        .count();
    let has_name = roles.contains(&Role::Name);
    if years < 2 && !(years == 1 && has_name) {
        return None;
    }
    if !has_name {
        let pos = roles
            .iter()
            .position(|r| matches!(r, Role::Year(_) | Role::Unit))
            .unwrap_or(0);
        roles.insert(pos, Role::Name);
    }
    Some((first, roles, end))
}

/// A two-level header, written out one cell per line: a bare 目标值 cell over year
/// columns that come after the rest of the top row (序号 指标 单位 2025年基数 目标值 属性 /
/// 2026年 2027年 2028年). The years take the 目标值 column's place (and the first of them
/// a bare 基期值 column's, when the top row has one).
fn spread_group(cells: &[Cell], roles: &mut Vec<Role>) {
    if roles.len() != cells.len() {
        return;
    }
    let Some(t) = cells
        .iter()
        .position(|c| cell_role(c) == Some(Role::Target))
    else {
        return;
    };
    let run = roles
        .iter()
        .rev()
        .take_while(|r| matches!(r, Role::Year(_)))
        .count();
    let r = roles.len() - run;
    if run < 2 || r <= t + 1 {
        return;
    }
    let mut years: Vec<Role> = roles.drain(r..).collect();
    // 2024年 over 基期值 beside 目标值 over 2025年 and 2027年: the sub-header 基期值 only
    // says what the top row's year column holds.
    let year_on_top = roles[..t].iter().any(|r| matches!(r, Role::Year(_)));
    if year_on_top && cell_role(&cells[r]) == Some(Role::Base) {
        years.remove(0);
    }
    // 基期值 over 2020年 beside 目标值 over 2023年 and 2025年: the first year is the
    // base column's.
    let base = cells[..t]
        .iter()
        .position(|c| cell_role(c) == Some(Role::Base));
    if let Some(b) = base.filter(|_| years.len() >= 2) {
        roles[b] = years.remove(0);
    }
    roles.splice(t..=t, years);
}

/// A parsed value cell: value, operator, cumulative marker 〔〕, range high.
struct Value {
    value: f64,
    /// Written with a percent sign (35%): the unit when the row names none.
    unit: Option<&'static str>,
    op: Op,
    /// The cell writes its operator (≤60, 80以上); a bare number takes `>=`.
    stated: bool,
    cumulative: bool,
    /// 每年不少于4次 (a task table's cell).
    per_year: bool,
    high: Option<f64>,
}

impl Value {
    /// A cell that states its target in words (翻一番, 零突破): the value and operator
    /// those words mean.
    fn worded(value: f64, op: Op) -> Value {
        Value {
            value,
            unit: None,
            op,
            stated: true,
            cumulative: false,
            per_year: false,
            high: None,
        }
    }
}

fn value_cell(text: &str) -> Option<Value> {
    let t: String = squash(text);
    // 翻一番 in a target column: twice the base (the row's build fills the value in).
    if matches!(t.as_str(), "翻一番" | "翻番" | "翻一倍") {
        return Some(Value::worded(0.0, Op::Double));
    }
    // 零突破 in a target column: the first one (as in prose).
    if matches!(t.as_str(), "零突破" | "实现零突破" | "实现突破") {
        return Some(Value::worded(1.0, Op::Ge));
    }
    let mut s = t.as_str();
    let mut op = Op::Ge;
    let mut stated = false;
    let mut cumulative = false;
    let mut per_year = false;
    // Task tables write the target in words: 达到80件, 每年不少于4次, 累计300家.
    loop {
        let before = s;
        for (w, o) in CELL_WORDS {
            if let Some(r) = s.strip_prefix(w) {
                s = r;
                match *w {
                    "每年" => per_year = true,
                    "累计" => cumulative = true,
                    _ => {}
                }
                if let Some(o) = o {
                    op = *o;
                    stated = *w != "达到";
                }
                break;
            }
        }
        if s == before {
            break;
        }
    }
    for (p, o) in [
        (">=", Op::Ge),
        ("≥", Op::Ge),
        ("<=", Op::Le),
        ("≤", Op::Le),
        (">", Op::Gt),
        ("<", Op::Lt),
    ] {
        if let Some(r) = s.strip_prefix(p) {
            op = o;
            stated = true;
            s = r;
            break;
        }
    }
    s = strip_footnote_mark(s);
    for (o, c) in [("〔", "〕"), ("[", "]"), ("【", "】")] {
        if let Some(r) = s.strip_prefix(o) {
            s = r.strip_suffix(c).unwrap_or(r);
            cumulative = true;
        }
    }
    if let Some(r) = s.strip_suffix("左右") {
        s = r;
    }
    for (q, o) in [("以上", Op::Ge), ("以下", Op::Le), ("以内", Op::Le)] {
        if let Some(r) = s.strip_suffix(q) {
            s = r;
            op = o;
            stated = true;
        }
    }
    // 1家, 2万件, 60天: a unit after the number.
    let written = super::scan::UNITS
        .iter()
        .filter(|u| {
            s.strip_suffix(**u)
                .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
        })
        .max_by_key(|u| u.len())
        .copied();
    if let Some(u) = written {
        s = s.strip_suffix(u).unwrap_or(s);
    }
    let unit = if s.ends_with('%') {
        Some("%")
    } else if s.ends_with('‰') {
        Some("‰")
    } else {
        written
    };
    let s = s.trim_end_matches(['%', '‰']);
    let (lo, hi) = match s.split_once(['-', '—', '~', '～', '至', '到']) {
        Some((a, b)) if !a.is_empty() => (a, Some(b)),
        _ => (s, None),
    };
    let value = decimal(lo)?;
    let high = match hi {
        Some(h) => Some(decimal(h)?),
        None => None,
    };
    // A "range" that falls (3～0) is not a range a plan would state: not a value cell.
    if high.is_some_and(|h| h < value) {
        return None;
    }
    Some(Value {
        value,
        unit,
        op: if high.is_some() { Op::Range } else { op },
        stated,
        cumulative,
        per_year,
        high,
    })
}

/// A value without the footnote mark after it (`84.5[3]` → `84.5`); a bracketed number
/// alone (`[30]`, a cumulative value) keeps its brackets.
fn strip_footnote_mark(s: &str) -> &str {
    let Some((head, mark)) = s.strip_suffix(']').and_then(|r| r.rsplit_once('[')) else {
        return s;
    };
    let is_mark = (1..=2).contains(&mark.len()) && mark.bytes().all(|c| c.is_ascii_digit());
    if is_mark && head.ends_with(|c: char| c.is_ascii_digit() || c == '%') {
        head
    } else {
        s
    }
}

/// Words before the number in a task table's target cell, with the operator they state.
const CELL_WORDS: &[(&str, Option<Op>)] = &[
    ("每年", None),
    ("累计", None),
    ("力争", None),
    ("达到", Some(Op::Ge)),
    ("不少于", Some(Op::Ge)),
    ("不低于", Some(Op::Ge)),
    ("不超过", Some(Op::Le)),
    ("超过", Some(Op::Gt)),
];

/// `2026年12月底前`, `2027年底前`: a cell that only gives a deadline.
fn deadline_cell(text: &str) -> bool {
    let t = squash(text);
    t.chars().count() <= 12
        && t.ends_with('前')
        && deadline_year(&t).is_some()
        && t.chars()
            .all(|c| c.is_ascii_digit() || "年月日底末前".contains(c))
}

/// The year a 完成时限 cell gives (2027年底前 → 2027), or `None`.
fn deadline_year(text: &str) -> Option<i32> {
    lead_year(&squash(text)).map(|(y, _)| y)
}

/// A cell that starts with a year (`2027年…`): the year and the words after 年.
fn lead_year(t: &str) -> Option<(i32, &str)> {
    let (y, rest) = t.split_once('年')?;
    let year: i32 = y.parse().ok().filter(|y| (1990..=2100).contains(y))?;
    Some((year, rest))
}

fn is_empty_marker(text: &str) -> bool {
    let t = squash(text);
    // ("": a blank cell of aligned text, see `blank_cell`.)
    matches!(t.as_str(), "" | "—" | "-" | "——" | "/" | "--" | "无" | "…") || qualitative(&t)
}

/// A value cell in words with no figure (较大提升, 持续提升, 稳步增长): no target, but the
/// row goes on.
fn qualitative(t: &str) -> bool {
    let n = t.chars().count();
    (2..=6).contains(&n)
        && !t.chars().any(|c| c.is_ascii_digit())
        && [
            "提升", "提高", "增长", "增加", "改善", "稳定", "优化", "下降", "缩短",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

fn is_text_cell(text: &str) -> bool {
    let n = text.chars().count();
    n <= 40
        && text.chars().any(is_cjk)
        && Attribute::from_name(&squash(text)).is_none()
        && value_cell(text).is_none()
        && !text.starts_with('注')
}

/// Parses rows from cell `p` on; returns the rows and the index after the last row.
fn rows(doc: &Doc, cells: &[Cell], mut p: usize, roles: &[Role]) -> (Vec<Cand>, usize) {
    let mut out = Vec::new();
    let ncat = roles.iter().filter(|r| **r == Role::Category).count();
    let value_roles: Vec<Role> = roles
        .iter()
        .copied()
        .filter(|r| {
            matches!(
                r,
                Role::Year(_) | Role::Actual(_) | Role::Growth | Role::Total
            )
        })
        .collect();
    let is_serial = |c: Option<&Cell>| {
        c.is_some_and(|c| c.text().len() <= 3 && c.text().chars().all(|c| c.is_ascii_digit()))
    };
    let is_text = |c: Option<&Cell>| c.is_some_and(|c| is_text_cell(c.text()));
    // 产品名称 | 保护类型 | 获批年份 | 2025年… : columns between the name and the values
    // (other than 单位), one cell each.
    let values_at = roles
        .iter()
        .position(|r| value_roles.contains(r))
        .unwrap_or(0);
    let before = roles.get(..values_at).unwrap_or(&[]);
    let middle: Vec<Role> = match before.iter().rposition(|r| *r == Role::Name) {
        Some(a) => before
            .get(a + 1..)
            .unwrap_or(&[])
            .iter()
            .copied()
            .filter(|r| matches!(r, Role::Attr | Role::Other))
            .collect(),
        None => Vec::new(),
    };
    loop {
        let mut q = p;
        // A group label row (一、知识产权创造) before a numbered row has no values; nor
        // has a merged category cell printed loose (知识产权⏎创造).
        if roles.contains(&Role::Serial) {
            let label = (1..=2).find(|&k| {
                (q..q + k).all(|i| is_text(cells.get(i)))
                    && is_serial(cells.get(q + k))
                    && is_text(cells.get(q + k + 1))
            });
            q += label.unwrap_or(0);
        }
        let mut numbered = false;
        let mut serial_no = None;
        if roles.contains(&Role::Serial)
            && cells.get(q).is_some_and(|c| {
                c.text().len() <= 3 && c.text().chars().all(|c| c.is_ascii_digit())
            })
        {
            serial_no = cells.get(q).and_then(|c| c.text().parse::<u32>().ok());
            q += 1;
            numbered = true;
        }
        // 类别 before 序号: after the number, every text cell is the name's.
        let cat_first = roles.iter().position(|r| *r == Role::Category)
            < roles.iter().position(|r| *r == Role::Serial);
        let ncat = if numbered && cat_first { 0 } else { ncat };
        // Category cells (类别, possibly spanning rows) come before the name; a header
        // may not announce them.
        let mut texts = Vec::new();
        // (With columns after the name, a second text cell is theirs, not the name's.)
        let most = if middle.is_empty() { ncat.max(1) } else { ncat };
        while texts.len() <= most && cells.get(q).is_some_and(|c| is_text_cell(c.text())) {
            if let Some(&prev) = texts.last() {
                let long = cells
                    .get(prev)
                    .is_some_and(|c: &Cell| c.text().chars().count() > 10);
                let unit = cells.get(q).is_some_and(|c| is_unit_text(c.text()));
                if (long && !wrapped_name(doc, cells, prev, q)) || unit {
                    break;
                }
            }
            texts.push(q);
            q += 1;
        }
        let Some(&name_idx) = texts.last() else { break };
        // A long name cell wrapped onto the next line (知识产权质押融资登记金⏎额): one name,
        // when the header announces no category column.
        let name_from = match texts.as_slice() {
            [a, b] if ncat == 0 && wrapped_name(doc, cells, *a, *b) => *a,
            _ => name_idx,
        };
        let mut unit_cell = None;
        let mut attribute = None;
        for pass in 0..=usize::from(!middle.is_empty()) {
            if roles.contains(&Role::Unit)
                && unit_cell.is_none()
                && cells.get(q).is_some_and(|c| is_unit_text(c.text()))
            {
                unit_cell = Some(q);
                q += 1;
            }
            if pass > 0 {
                break;
            }
            for r in &middle {
                let Some(c) = cells.get(q) else { break };
                if *r == Role::Attr {
                    attribute = Attribute::from_name(&squash(c.text()));
                }
                q += 1;
            }
        }
        let mut values: Vec<(Role, Value)> = Vec::new();
        let mut empty_years: Vec<Role> = Vec::new();
        for role in &value_roles {
            let Some(c) = cells.get(q) else { break };
            if let Some(v) = value_cell(c.text()) {
                values.push((*role, v));
            } else if is_empty_marker(c.text()) {
                empty_years.push(*role);
            } else {
                break;
            }
            q += 1;
        }
        // A row whose every value cell is — or words (较大提升) sets no target but is a
        // row: the table goes on after it.
        let all_empty = !value_roles.is_empty() && empty_years.len() == value_roles.len();
        // 知识产权运营服务中心建成投运 | 2026年12月底前: a row that sets a deadline, no
        // figure; the table goes on after it.
        if values.is_empty() && q > p && cells.get(q).is_some_and(|c| deadline_cell(c.text())) {
            p = q + 1;
            continue;
        }
        if values.is_empty() && !all_empty {
            break;
        }
        if roles.contains(&Role::Attr) && attribute.is_none() {
            if let Some(a) = cells
                .get(q)
                .and_then(|c| Attribute::from_name(&squash(c.text())))
            {
                attribute = Some(a);
                q += 1;
            }
        }
        // A 备注 cell written one cell per line: anything before the next row's 序号.
        let mut note: Option<String> = None;
        if roles.contains(&Role::Note)
            && roles.contains(&Role::Serial)
            && cells.get(q).is_some_and(|c| note_cell(c.text()))
            && !is_serial(cells.get(q))
        {
            let mut n = cells
                .get(q)
                .map(|c| c.text().to_string())
                .unwrap_or_default();
            q += 1;
            // 2026年达到⏎40: a note wrapped after its verb goes on with the number on the
            // next line (not the next row's 序号).
            let next_serial = serial_no.map(|k| (k + 1).to_string());
            if let Some(c) = cells.get(q).filter(|c| {
                open_note(&n)
                    && value_cell(c.text()).is_some()
                    && next_serial.as_deref() != Some(c.text().trim())
            }) {
                n.push_str(c.text());
                q += 1;
            }
            note = Some(n);
        }
        // Free-text columns after the values (责任处室), when written on the row's line.
        // (A 分值 cell is a number.)
        let trailing_from = q;
        let trailing = roles
            .iter()
            .rev()
            .take_while(|r| {
                matches!(
                    r,
                    Role::Other | Role::Note | Role::Deadline | Role::Points | Role::Progress
                )
            })
            .count();
        for r in &roles[roles.len() - trailing..] {
            match (cells.get(q - 1), cells.get(q)) {
                (Some(p), Some(c))
                    if (is_text_cell(c.text())
                        || (matches!(r, Role::Points | Role::Progress)
                            && decimal(c.text()).is_some()))
                        && same_line(doc, p.b, c.a) =>
                {
                    q += 1
                }
                _ => break,
            }
        }
        let last = q - 1;
        let row = build_row(
            doc,
            cells,
            (name_from, name_idx, unit_cell, last),
            &values,
            &empty_years,
            attribute,
        );
        if let Some(mut row) = row {
            if let Some(n) = &note {
                apply_note(&mut row, n);
            }
            // 完成时限: 2027年底前 moves the row's one target to that year; 每年 makes it
            // a yearly target.
            if roles.contains(&Role::Deadline) {
                let due = cells.get(trailing_from..q).unwrap_or_default();
                if let (Some(y), [t]) = (
                    due.iter().find_map(|c| deadline_year(c.text())),
                    row.targets.as_mut_slice(),
                ) {
                    t.year = y;
                    row.due = true;
                }
                if due.iter().any(|c| squash(c.text()) == "每年") {
                    row.per_year = true;
                }
            }
            // 2027年基本目标 | 2027年力争目标: a second value for the same year is a target
            // of its own (like 确保…、力争… in prose), with the row's base and 属性.
            let second = row.targets.windows(2).position(|w| w[0].year == w[1].year);
            let stretch = second.map(|k| {
                let mut c = row.clone();
                c.targets = row.targets.drain(k + 1..).collect();
                c
            });
            let total = total_row(&row, &values);
            out.push(row);
            out.extend(stretch);
            out.extend(total);
        }
        p = q;
    }
    (out, p)
}

/// The 合计 cell of a row of yearly targets, as a target of its own for the last year
/// (the sum over the years, stated once).
fn total_row(row: &Cand, values: &[(Role, Value)]) -> Option<Cand> {
    let (_, v) = values.iter().find(|(r, _)| *r == Role::Total)?;
    let last = row.targets.iter().map(|t| t.year).max()?;
    let mut c = row.clone();
    c.baseline = None;
    c.growth = None;
    c.per_year = false;
    // (A sum over years takes no stock value as its baseline.)
    c.increment = true;
    c.targets = vec![Target {
        year: last,
        op: v.op,
        value: Some(v.value),
        high: v.high,
        unit: None,
    }];
    Some(c)
}

/// Whether a 备注 ends on a verb or operator, its number still to come (2026年达到).
fn open_note(text: &str) -> bool {
    let t = text.trim_end();
    [
        "达到",
        "为",
        "突破",
        "超过",
        "不少于",
        "不低于",
        "力争",
        "至",
    ]
    .iter()
    .any(|w| t.ends_with(w))
}

/// Whether a cell after a row's values can be its 备注: short, not a sentence, not the
/// heading, note or table title that follows the last row.
fn note_cell(text: &str) -> bool {
    let t = squash(text);
    let first = t.chars().next().unwrap_or(' ');
    let second = t.chars().nth(1).unwrap_or(' ');
    let heading = matches!(first, '(' | '（' | '注' | '表' | '第')
        || t.starts_with("专栏")
        || matches!(second, '、' | '.')
        || t.len() > 72;
    !heading && !t.contains('。') && (is_text_cell(&t) || note_milestone(&t).is_some())
}

/// A milestone in a 备注 cell: `2028年达到75`, `2028年为75` → (2028, 75).
fn note_milestone(text: &str) -> Option<(i32, Op, f64)> {
    let t = squash(text);
    let (year, rest) = lead_year(&t)?;
    // (2028年突破1200: more than that.)
    let (op, rest) = [
        ("达到", Op::Ge),
        ("为", Op::Ge),
        ("目标", Op::Ge),
        ("力争", Op::Ge),
        ("突破", Op::Gt),
        ("超过", Op::Gt),
    ]
    .iter()
    .find_map(|(w, o)| rest.strip_prefix(w).map(|r| (*o, r)))
    .unwrap_or((Op::Ge, rest));
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    Some((year, op, decimal(rest.get(..end)?)?))
}

/// What a 备注 cell adds to its row: a milestone of another year, or 累计.
fn apply_note(row: &mut Cand, text: &str) {
    if let Some((year, op, value)) = note_milestone(text) {
        if !row.targets.iter().any(|t| t.year == year) {
            row.targets.push(Target {
                year,
                op,
                value: Some(value),
                high: None,
                unit: None,
            });
            row.targets.sort_by_key(|t| t.year);
        }
    }
    if text.contains("累计") {
        row.cumulative = true;
    }
}

/// Whether a table's first year column is a milestone of the plan, not its base: three
/// or more consecutive year columns (2023年 | 2024年 | 2025年) starting inside the plan's
/// period, the first header not marked as a base or an actual (2023年基数, 2023年现状).
fn in_period_first_column(
    cells: &[Cell],
    first: usize,
    roles: &[Role],
    period: Option<(i32, i32)>,
) -> bool {
    let Some((start, _)) = period else {
        return false;
    };
    let years: Vec<i32> = roles
        .iter()
        .filter_map(|r| match r {
            Role::Year(y) => Some(*y),
            _ => None,
        })
        .collect();
    let Some(&y0) = years.iter().min() else {
        return false;
    };
    let header = cells.iter().skip(first).take(roles.len() + 2);
    let marked = header.filter(|c| year_cell(c.text()) == Some(y0)).any(|c| {
        ["基", "现状", "实际", "完成", "现值"]
            .iter()
            .any(|w| c.text().contains(w))
    });
    // (2016年 | 2017年 | 2020年 in a 2016—2020 plan issued late in 2016: the first column
    // is where the plan starts from; a column for every year is a yearly breakdown.)
    let yearly = years.windows(2).all(|w| w[1] == w[0] + 1);
    years.len() >= 3 && yearly && y0 >= start && !marked
}

/// A row's first-column value, read as its baseline, made its first target.
fn base_to_target(r: &mut Cand) {
    if let Some(b) = r.baseline.take() {
        let op = r.targets.first().map_or(Op::Ge, |t| t.op);
        r.targets.insert(
            0,
            Target {
                year: b.year,
                op,
                value: Some(b.value),
                high: None,
                unit: None,
            },
        );
    }
}

/// Whether text cells `a` and `b` are one name wrapped over two lines: a long first part
/// on the line right above a short rest, or a rest of up to 7 chars after a part that
/// stops inside a word.
fn wrapped_name(doc: &Doc, cells: &[Cell], a: usize, b: usize) -> bool {
    let (Some(x), Some(y)) = (cells.get(a), cells.get(b)) else {
        return false;
    };
    let breaks = (x.b..y.a).filter(|&j| doc.at(j) == '\n').count();
    let (nx, ny) = (x.text().chars().count(), y.text().chars().count());
    // (每万人口高价值发⏎明专利拥有量: a longer rest, when the first part cannot end a
    // name or a category: it stops inside a word.)
    let ends_word = |t: &str| {
        [
            "量", "率", "额", "数", "度", "重", "比", "值", "模", "创造", "运用", "保护", "管理",
            "服务", "类", "指标", "环境", "效益",
        ]
        .iter()
        .any(|w| t.trim_end().ends_with(w))
    };
    breaks == 1 && nx >= 7 && (ny <= 3 && nx >= 8 || ny <= 7 && !ends_word(x.text()))
}

/// Whether no line break lies in `[a, b)`.
fn same_line(doc: &Doc, a: usize, b: usize) -> bool {
    (a..b).all(|j| doc.at(j) != '\n')
}

/// Builds one table row candidate.
fn build_row(
    doc: &Doc,
    cells: &[Cell],
    (name_from, name_idx, unit_cell, last): (usize, usize, Option<usize>, usize),
    values: &[(Role, Value)],
    empty_years: &[Role],
    attribute: Option<Attribute>,
) -> Option<Cand> {
    let nc = cells.get(name_idx)?;
    let first = cells.get(name_from)?;
    // 拥有量（预期性）: the 属性 written in the name cell, when the table has no column
    // for it.
    let (name_end, named_attr) = attribute_suffix(doc, first.a, nc.b);
    let attribute = attribute.or(named_attr);
    let (name, mut unit) = split_unit(doc, serial_end(doc, first.a, nc.b), name_end);
    // (满意度★, 满意度\*: a mark a note under the table explains, not the name's.)
    let name = name.trim_end_matches(['★', '☆', '*', '※', '\\']);
    let name = drop_activity_verb(name.replace(['\n', '\r'], ""));
    if let Some(u) = unit_cell.and_then(|i| cells.get(i)) {
        unit = Some(doc.orig_str(u.a, u.b));
    }
    if unit.is_none() {
        unit = values
            .iter()
            .find_map(|(r, v)| v.unit.filter(|_| matches!(r, Role::Year(_))))
            .map(String::from);
    }
    let years: Vec<(i32, &Value)> = values
        .iter()
        .filter_map(|(r, v)| match r {
            Role::Year(y) => Some((*y, v)),
            _ => None,
        })
        .collect();
    // The first year column is the baseline, when the header has several and the row
    // gives a value for it.
    let first_col = values
        .iter()
        .map(|(r, _)| *r)
        .chain(empty_years.iter().copied())
        .filter_map(|r| match r {
            Role::Year(y) => Some(y),
            _ => None,
        });
    // (An actual column, 2025年完成值 beside 2026年目标值, is no second column here.)
    let not_actual = |r: &Role| !matches!(r, Role::Actual(_) | Role::Total);
    let n_cols = values.iter().filter(|(r, _)| not_actual(r)).count()
        + empty_years.iter().filter(|r| not_actual(r)).count();
    let base_year = if n_cols >= 2 { first_col.min() } else { None };
    let mut baseline = None;
    let mut targets = Vec::new();
    let mut cumulative = false;
    // 90 | 75 | ≤60: a row that writes a falling operator on one milestone falls at every
    // milestone (a bare 75 there means at most 75, not at least).
    let falls = years.iter().any(|(_, v)| v.stated && v.op.is_falling());
    for (y, v) in &years {
        if Some(*y) == base_year && baseline.is_none() {
            baseline = Some(Measure {
                year: *y,
                value: v.value,
                unit: None,
            });
            continue;
        }
        cumulative |= v.cumulative;
        targets.push(Target {
            year: *y,
            op: if falls && !v.stated && v.op == Op::Ge {
                Op::Le
            } else {
                v.op
            },
            value: Some(v.value),
            high: v.high,
            unit: None,
        });
    }
    targets.sort_by_key(|t| t.year);
    // A 翻一番 cell: twice the base value, when the row gives one.
    for t in targets.iter_mut().filter(|t| t.op == Op::Double) {
        t.value = baseline.as_ref().map(|b| b.value * 2.0);
    }
    // The latest actual figure before the first target is the newer baseline (after 翻一番,
    // which doubles the base year's).
    let first_target = targets.first().map_or(i32::MAX, |t| t.year);
    let actual = (values.iter())
        .filter_map(|(r, v)| match r {
            Role::Actual(y) if *y < first_target => Some((*y, v.value)),
            _ => None,
        })
        .max_by_key(|&(y, _)| y);
    if let Some((year, value)) = actual.filter(|a| baseline.as_ref().is_none_or(|b| b.year < a.0)) {
        baseline = Some(Measure {
            year,
            value,
            unit: None,
        });
    }
    let growth = values.iter().find_map(|(r, v)| {
        (*r == Role::Growth && !v.cumulative).then_some(Growth {
            annual_rate_pct: v.value,
            op: Op::Ge,
        })
    });
    // A row with no target (its target cell says 持续提升) still tells its base value and
    // 属性; the caller keeps it as a previous value.
    if targets.is_empty() && growth.is_none() && baseline.is_none() {
        return None;
    }
    let end = cells.get(last)?.b;
    Some(Cand {
        kind: SourceKind::Table,
        name,
        unit,
        baseline,
        targets,
        growth,
        cumulative,
        per_year: values.iter().any(|(_, v)| v.per_year),
        attribute,
        quote: (first.a, end),
        increment: false,
        rise: None,
        default_year: false,
        due: false,
    })
}

/// What the caption line `c` above a table gives the rows that lack it: a unit (表2
/// …主要指标（单位：件）) and a 属性 (表2　…“十五五”约束性指标).
fn apply_caption(doc: &Doc, c: &Cell, rows: &mut [Cand]) {
    if let Some(a) = caption_attribute(c.text()) {
        for r in rows.iter_mut().filter(|r| r.attribute.is_none()) {
            r.attribute = Some(a);
        }
    }
    if let Some(u) = caption_unit(doc, c) {
        for r in rows.iter_mut().filter(|r| r.unit.is_none()) {
            r.unit = Some(u.clone());
        }
    }
}

/// The 属性 a table caption gives all rows (表1　…预期性指标), when it names one only.
fn caption_attribute(text: &str) -> Option<Attribute> {
    // (**表1　…指标**: bold in Markdown.)
    let text = text.trim_end_matches('*');
    if text.len() > 120 || !text.ends_with("指标") && !text.contains("指标(") {
        return None;
    }
    match (text.contains("预期性"), text.contains("约束性")) {
        (true, false) => Some(Attribute::Expected),
        (false, true) => Some(Attribute::Binding),
        _ => None,
    }
}

/// The unit a table caption gives all rows: `（单位：件）`.
fn caption_unit(doc: &Doc, c: &Cell) -> Option<String> {
    let k = c.text().find("单位:")?;
    let rest = c.text().get(k + "单位:".len()..)?;
    let len = rest
        .chars()
        .take_while(|&ch| !matches!(ch, ')' | ',' | ';' | ' '))
        .count();
    let start = c.a + c.text().get(..k)?.chars().count() + 3;
    let unit = doc.orig_str(start, start + len);
    (len > 0 && is_unit_text(&unit)).then_some(unit)
}

/// A results-table row as a previous-period value: its latest year's value (the last
/// column of that year: 2025年完成 after 2025年目标) is the baseline.
fn as_past(mut c: Cand) -> Option<Cand> {
    let last = c.targets.iter().map(|t| t.year).max()?;
    let t = c.targets.iter().rev().find(|t| t.year == last)?;
    c.baseline = Some(Measure {
        year: last,
        value: t.value?,
        unit: None,
    });
    c.targets.clear();
    c.growth = None;
    // The previous plan's 属性 is not this plan's.
    c.attribute = None;
    Some(c)
}

/// A review-table row as a previous value: its actual figure (the row's baseline, from
/// the 完成值 column) and no targets.
fn as_reviewed(mut c: Cand, period: Option<(i32, i32)>) -> Option<Cand> {
    c.baseline.as_ref()?;
    // (2025年（基期） | 2026年 | 2030年目标 | 进展情况 in a report on 2026: the year
    // monitored is the latest value, before the years still to come.)
    let actual = c
        .targets
        .iter()
        .filter(|t| period.is_some_and(|(s, _)| t.year < s))
        .filter(|t| c.baseline.as_ref().is_some_and(|b| t.year > b.year))
        .max_by_key(|t| t.year)
        .and_then(|t| {
            Some(Measure {
                year: t.year,
                value: t.value?,
                unit: t.unit.clone(),
            })
        });
    if actual.is_some() {
        c.baseline = actual;
    }
    c.targets.clear();
    c.growth = None;
    c.attribute = None;
    Some(c)
}

/// 举办知识产权培训 → 知识产权培训: a row named by the activity counts the activity.
fn drop_activity_verb(name: String) -> String {
    // A task table (重点任务 | 目标值 | 牵头单位) names rows by what is done: 建设…工作站.
    // (新认定…, 新培育… name increments, and stay.)
    let verbs = ["组织开展", "举办", "开展"]
        .iter()
        .chain(super::words::LEAD_VERBS.iter())
        .filter(|v| !v.starts_with('新'));
    for v in verbs {
        if let Some(rest) = name.strip_prefix(v) {
            if rest.chars().count() >= 5 {
                return rest.to_string();
            }
        }
    }
    name
}

/// Skips a serial number written inside the name cell (`1.每万人口…`, `2、…`, `(3)…`).
fn serial_end(doc: &Doc, a: usize, b: usize) -> usize {
    let mut j = a;
    let paren = matches!(doc.at(j), '(' | '（');
    if paren {
        j += 1;
    }
    let d = (j..b).take_while(|&k| doc.at(k).is_ascii_digit()).count();
    if d == 0 || d > 2 {
        return a;
    }
    j += d;
    let close = if paren { ')' } else { '.' };
    if doc.at(j) == close || (!paren && matches!(doc.at(j), '、' | ' ')) {
        j += 1;
        while j < b && is_space(doc.at(j)) {
            j += 1;
        }
        if j < b && is_cjk(doc.at(j)) || doc.at(j).is_ascii_alphabetic() {
            return j;
        }
    }
    a
}

/// Splits a trailing unit parenthesis off a table name: `质押融资金额(亿元)` →
/// (`质押融资金额`, `亿元`). Other parentheses stay in the name.
/// A name cell ending in a bracketed 属性 (`…拥有量（预期性）`): where the name ends
/// without it, and the attribute; `(b, None)` when there is none.
fn attribute_suffix(doc: &Doc, a: usize, b: usize) -> (usize, Option<Attribute>) {
    let mut e = b;
    while e > a && is_space(doc.at(e - 1)) {
        e -= 1;
    }
    if e < a + 6 || !matches!(doc.at(e - 1), ')' | '】' | ']') {
        return (b, None);
    }
    let open = e - 5;
    if !matches!(doc.at(open), '(' | '【' | '[') {
        return (b, None);
    }
    match Attribute::from_name(&doc.fstr(open + 1, e - 1)) {
        Some(attr) => (open, Some(attr)),
        None => (b, None),
    }
}

pub fn split_unit(doc: &Doc, a: usize, b: usize) -> (String, Option<String>) {
    // Footnote marks after the name or the unit (拥有量①（件）, 金额（亿元）*).
    let is_mark = |c: char| ('①'..='⑳').contains(&c) || matches!(c, '*' | '※' | '△' | '▲');
    let mut b = b;
    while b > a && is_mark(doc.at(b - 1)) {
        b -= 1;
    }
    let close = doc.at(b.saturating_sub(1));
    if b > a + 2 && matches!(close, ')' | '）') {
        if let Some(open) = (a..b - 1).rev().find(|&j| matches!(doc.at(j), '(' | '（')) {
            let inner = doc.fstr(open + 1, b - 1);
            if open > a && is_unit_text(&inner) {
                let mut e = open;
                while e > a && is_mark(doc.at(e - 1)) {
                    e -= 1;
                }
                let name = doc.orig_str(a, e).trim().to_string();
                // Units stay as written (萬件 in a traditional text).
                let unit = doc.orig_str(open + 1, b - 1);
                return (name, Some(unit.trim().to_string()));
            }
        }
    }
    (doc.orig_str(a, b).trim().to_string(), None)
}

/// A plain decimal number (`12`, `4.37`): digits with at most one point. Rust's float
/// parser also accepts `inf`, `NaN` and exponents, which are never numbers in a plan.
fn decimal(s: &str) -> Option<f64> {
    // 15,286: thousands separators (groups of three after the first).
    let ungrouped;
    let s = if grouped(s) {
        ungrouped = s.replace(',', "");
        ungrouped.as_str()
    } else {
        s
    };
    let body = s.strip_prefix('-').unwrap_or(s);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let points = body.chars().filter(|&c| c == '.').count();
    if digits == 0 || points > 1 || digits + points != body.chars().count() {
        return None;
    }
    s.parse().ok().filter(|v: &f64| v.is_finite())
}

/// Whether `s` is digits grouped by commas in threes (1,234 or 12,345.6).
fn grouped(s: &str) -> bool {
    let mut parts = s.split(',');
    let first = parts.next().unwrap_or("");
    let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    let mut rest = parts.peekable();
    rest.peek().is_some()
        && (1..=3).contains(&first.len())
        && digits(first)
        && rest.all(|p| {
            let int = p.split_once('.').map_or(p, |(i, _)| i);
            int.len() == 3 && digits(int)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn note_cells() {
        assert!(note_cell("2028年达到75"));
        assert!(note_cell("五年累计"));
        assert!(note_cell("含技术转让、技术许可"));
        assert!(!note_cell("三、重点任务"));
        assert!(!note_cell("（一）实施高价值专利培育工程"));
        assert!(!note_cell("注：2028年开展中期评估"));
        assert!(!note_cell("到2028年，知识产权服务机构达到50家。"));
        assert_eq!(note_milestone("2028年达到75"), Some((2028, Op::Ge, 75.0)));
        assert_eq!(note_milestone("2028年为7.5"), Some((2028, Op::Ge, 7.5)));
        assert_eq!(
            note_milestone("2028年突破1200"),
            Some((2028, Op::Gt, 1200.0))
        );
        assert_eq!(note_milestone("新增指标"), None);
    }

    #[test]
    fn decimal_reads_thousands_groups() {
        assert_eq!(decimal("15,286"), Some(15286.0));
        assert_eq!(decimal("1,234,567.5"), Some(1234567.5));
        assert_eq!(decimal("15,28"), None);
        assert_eq!(decimal("1234,567"), None);
    }

    #[test]
    fn decimal_takes_only_plain_numbers() {
        assert_eq!(super::decimal("4.37"), Some(4.37));
        assert_eq!(super::decimal("12"), Some(12.0));
        assert_eq!(super::decimal("-3"), Some(-3.0));
        for bad in ["inf", "NaN", "-inf", "1e5", "1.2.3", "", ".", "-"] {
            assert_eq!(super::decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn value_cells() {
        let v = value_cell(">6000").unwrap();
        assert_eq!((v.value, v.op, v.cumulative), (6000.0, Op::Gt, false));
        let v = value_cell("84.5[3]").unwrap();
        assert_eq!((v.value, v.cumulative), (84.5, false));
        assert_eq!(value_cell("[30]").map(|v| v.cumulative), Some(true));
        let v = value_cell("〔30〕").unwrap();
        assert_eq!((v.value, v.op, v.cumulative), (30.0, Op::Ge, true));
        let v = value_cell("8-10").unwrap();
        assert_eq!((v.value, v.op, v.high), (8.0, Op::Range, Some(10.0)));
        assert!(value_cell("预期性").is_none());
        assert!(value_cell("—").is_none());
    }

    #[test]
    fn page_footers() {
        assert!(page_footer("— 5 —"));
        assert!(page_footer("- 12 -"));
        assert!(page_footer("第3页"));
        assert!(!page_footer("—"));
        assert!(!page_footer("150"));
        assert!(!page_footer("-5"));
    }

    #[test]
    fn header_roles() {
        assert_eq!(header_role("2025年目标"), Some(Role::Year(2025)));
        assert_eq!(header_role("基期值(2020年)"), Some(Role::Year(2020)));
        assert_eq!(header_role("“十四五”目标值"), Some(Role::Year(2025)));
        assert_eq!(header_role("属性"), Some(Role::Attr));
        assert_eq!(header_role("序号"), Some(Role::Serial));
        assert_eq!(header_role("指    标"), Some(Role::Name));
        assert_eq!(header_role("全市有效发明专利达到5000件"), None);
    }

    #[test]
    fn unit_parentheses() {
        let d = Doc::new("PCT(专利合作条约)国际专利申请量(件)");
        let (name, unit) = split_unit(&d, 0, d.len());
        assert_eq!(
            (name.as_str(), unit.as_deref()),
            ("PCT(专利合作条约)国际专利申请量", Some("件"))
        );
        let d = Doc::new("维权援助和调解(仲裁)基层站点");
        assert_eq!(split_unit(&d, 0, d.len()).1, None);
    }
}
