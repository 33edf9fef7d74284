//! Indicators written as records, a block of `key：value` lines each (指标名称：… /
//! 2025年基数：… / 2030年目标：… / 属性：…): a table turned into lines, read like one.

use super::{
    build_row, header_role, is_empty_marker, squash, value_cell, Cell, Role, Table, Value,
};
use crate::model::{Attribute, Growth, Op};
use crate::parse::scan::{is_space, Doc};

/// Every record block in the document, each as a one-row table.
pub(super) fn record_tables(doc: &Doc, period: Option<(i32, i32)>) -> Vec<Table> {
    let mut out = Vec::new();
    let n = doc.len();
    let mut from = 0;
    // (Only where 指标 opens a line: most texts have no record at all.)
    while let Some(k) = doc.find(from, n, "指标") {
        from = k + 2;
        // (A key: a colon right after 指标 or 指标名称; then only blanks before it.)
        if !(k + 2..k + 6).any(|j| doc.at(j) == ':') {
            continue;
        }
        let mut start = k;
        while start > 0 && doc.at(start - 1) != '\n' && is_space(doc.at(start - 1)) {
            start -= 1;
        }
        if start > 0 && doc.at(start - 1) != '\n' {
            continue;
        }
        let Some((fields, end)) = block_at(doc, start) else {
            continue;
        };
        if let Some(t) = record(doc, &fields, period, (k, end)) {
            out.push(t);
        }
        from = from.max(end);
    }
    out
}

/// One `key：value` line: the key's role and the value's char span.
type Field = (Role, (usize, usize));

/// The fields of the block whose first line starts at `a` (指标名称：…), up to a blank
/// line, a line that is no field, or the next block's name; and where the block ends.
fn block_at(doc: &Doc, a: usize) -> Option<(Vec<Field>, usize)> {
    let n = doc.len();
    let mut fields: Vec<Field> = Vec::new();
    let mut end = a;
    let mut la = a;
    while la < n {
        let lb = doc.find_char(la, n, '\n').unwrap_or(n);
        let Some((role, value)) = field(doc, la, lb) else {
            break;
        };
        if role == Role::Name && !fields.is_empty() {
            break;
        }
        if fields.is_empty() && role != Role::Name {
            return None;
        }
        fields.push((role, value));
        end = value.1;
        la = lb + 1;
    }
    let has_target = fields
        .iter()
        .any(|(r, _)| matches!(r, Role::Year(_) | Role::Target | Role::Growth));
    (fields.len() >= 2 && has_target).then_some((fields, end))
}

/// The line `[a, b)` read as a field: a header word (指标名称, 2030年目标, 属性), a colon,
/// a value.
fn field(doc: &Doc, a: usize, b: usize) -> Option<Field> {
    let ka = (a..b).find(|&j| !is_space(doc.at(j)))?;
    let colon = (ka..b.min(ka + 14)).find(|&j| doc.at(j) == ':')?;
    let role = header_role(&doc.fstr(ka, colon))?;
    let va = (colon + 1..b).find(|&j| !is_space(doc.at(j)))?;
    let vb = (va..b).rev().find(|&j| !is_space(doc.at(j)))? + 1;
    Some((role, (va, vb)))
}

/// The row a block gives, as a table spanning `span`.
fn record(
    doc: &Doc,
    fields: &[Field],
    period: Option<(i32, i32)>,
    span: (usize, usize),
) -> Option<Table> {
    // The cells: the values, in the block's order (the name first).
    let cells: Vec<Cell> = fields
        .iter()
        .map(|&(_, (a, b))| Cell::over(doc, a, b))
        .collect();
    let read = read_fields(fields, &cells, period);
    let last = cells.len().checked_sub(1)?;
    let mut row = build_row(
        doc,
        &cells,
        (0, 0, read.unit_cell, last),
        &read.values,
        &read.empty,
        read.attribute,
    )?;
    if row.growth.is_none() && read.growth.is_some() {
        row.growth = read.growth;
        // (A rate is its only target: the unit is the rate's, as in prose.)
        if row.targets.is_empty() {
            row.unit = Some("%".to_string());
        }
    }
    row.quote = span;
    let (rows, past) = if row.targets.is_empty() && row.growth.is_none() {
        (Vec::new(), vec![row])
    } else {
        (vec![row], Vec::new())
    };
    Some(Table { rows, past, span })
}

/// What a block's fields say, as a table row's parts.
#[derive(Default)]
struct Read {
    values: Vec<(Role, Value)>,
    empty: Vec<Role>,
    unit_cell: Option<usize>,
    attribute: Option<Attribute>,
    growth: Option<Growth>,
}

/// Reads each field's value by its key's role (a bare 基数 / 目标 takes the plan's years).
fn read_fields(fields: &[Field], cells: &[Cell], period: Option<(i32, i32)>) -> Read {
    let mut read = Read::default();
    for (i, ((role, _), cell)) in fields.iter().zip(cells).enumerate() {
        let role = match *role {
            Role::Base => period.map_or(Role::Other, |(s, _)| Role::Year(s - 1)),
            Role::Target => period.map_or(Role::Other, |(_, e)| Role::Year(e)),
            r => r,
        };
        let text = cell.text();
        match role {
            Role::Year(_) | Role::Actual(_) | Role::Growth => {
                // 2030年目标：年均增长8%以上: the target is a growth rate (the column
                // stays one, so the first is still the base).
                if let Some(rate) = growth_rate(text) {
                    read.growth = Some(rate);
                    read.empty.push(role);
                } else if let Some(v) = value_cell(text) {
                    read.values.push((role, v));
                } else if is_empty_marker(text) {
                    read.empty.push(role);
                }
            }
            Role::Unit => read.unit_cell = Some(i),
            Role::Attr => read.attribute = Attribute::from_name(&squash(text)),
            _ => {}
        }
    }
    read
}

/// `年均增长8%以上` as a growth target.
fn growth_rate(text: &str) -> Option<Growth> {
    let t = squash(text);
    let rest = ["年均增长", "年均增速", "年均增幅"]
        .iter()
        .find_map(|w| t.strip_prefix(w))?;
    let v = value_cell(rest)?;
    Some(Growth {
        annual_rate_pct: v.value,
        op: Op::Ge,
    })
}
