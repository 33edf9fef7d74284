//! The indicator table (指标一览): rows precomputed once, filtered and sorted fast, rendered
//! as a shell (filter bar, header, empty body) plus rows on demand, or all at once.
//!
//! Speed: the search text is a dictionary of distinct parts (`search`), so a keystroke
//! scans each distinct region or name once, not every row; each column's sort order is computed once on first use and cached, so a sorted
//! view is a filtered walk over a permutation (no sorting per keystroke).

use std::cell::OnceCell;

use super::escape::{push_attr, push_escaped};
use super::format::push_int;
use super::i18n::{self, w, Lang, W};
use super::row::{self, Row};
use super::search::{SearchIndex, PARTS};
use super::{open_root, ViewError};
use crate::filter::{Column, Filter, Sort};
use crate::model::{Attribute, Category, PlanSet, Status};

/// An indicator table's rows, precomputed (cells, assessment, search index).
#[derive(Debug, Default)]
pub struct TableModel {
    rows: Vec<Row>,
    /// The rows' search text, as interned parts.
    search: SearchIndex,
    /// Distinct regions, in data order (the region filter's options).
    regions: Vec<String>,
    /// The caption's subject: the plan's region and title when the table shows one plan.
    subject: Option<String>,
    orders: [OnceCell<Order>; 9],
}

/// A column's sort order: row ids sorted ascending (stable), grouped into runs of equal
/// keys so that descending order can keep equal rows in data order; missing keys last.
#[derive(Debug)]
struct Order {
    perm: Vec<u32>,
    /// Start index in `perm` of each run of equal keys.
    runs: Vec<u32>,
    /// Index in `perm` where rows without a key begin.
    missing: u32,
}

/// A sort key (排序键): a number or a text; `None` is a missing value.
#[derive(Debug, PartialEq, PartialOrd)]
enum Key<'a> {
    Num(f64),
    Text(&'a str, &'a str),
}

impl TableModel {
    /// Rows for every indicator of `plan` (or of every plan), assessed at `year` (or latest).
    pub fn new(
        set: &PlanSet,
        plan: Option<&str>,
        year: Option<i32>,
    ) -> Result<TableModel, ViewError> {
        let mut m = TableModel::default();
        if let Some(id) = plan {
            let p = set.plan(id).ok_or_else(|| no_such_plan(id, Lang::Hans))?;
            m.subject = Some([p.region.as_str(), "《", &p.title, "》"].concat());
        }
        for p in set
            .plans
            .iter()
            .filter(|p| plan.is_none_or(|id| p.id == id))
        {
            if !m.regions.contains(&p.region) {
                m.regions.push(p.region.clone());
            }
            for ind in &p.indicators {
                let r = Row::new(p, ind, year);
                m.search.push(search_parts(&r));
                m.rows.push(r);
            }
        }
        Ok(m)
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Distinct regions, in data order.
    pub fn regions(&self) -> &[String] {
        &self.regions
    }

    /// Ids of the rows that pass `f`, in `sort` order (data order without one).
    pub fn visible(&self, f: &Filter, sort: Option<Sort>) -> Vec<u32> {
        let mask = self.search.mask(&f.terms());
        let pass = |&id: &u32| {
            mask.as_ref().is_none_or(|m| m.contains(id as usize)) && self.passes(id as usize, f)
        };
        match sort {
            None => (0..self.rows.len() as u32).filter(pass).collect(),
            Some(s) => {
                let o = self.order(s.column);
                if s.descending {
                    o.descending().filter(pass).collect()
                } else {
                    o.perm.iter().copied().filter(pass).collect()
                }
            }
        }
    }

    /// Ids of the rows that pass `f`, found among `prev_ids` when `f` can only narrow
    /// `prev` (增量筛选: same choices, and every earlier search term is inside a new one, as
    /// when the reader types one more character); `None` when it cannot (a full
    /// [`TableModel::visible`] is needed). If `prev_ids` is `visible(prev, s)`, the result
    /// is `visible(f, s)`: a subsequence of the previous rows, in the same order.
    pub fn narrow(&self, prev: &Filter, prev_ids: &[u32], f: &Filter) -> Option<Vec<u32>> {
        let same_choices = prev.category == f.category
            && prev.status == f.status
            && prev.attribute == f.attribute
            && prev.region == f.region;
        let terms = f.terms();
        let narrows = prev
            .terms()
            .iter()
            .all(|old| terms.iter().any(|new| new.contains(old.as_str())));
        if !same_choices || !narrows {
            return None;
        }
        Some(self.search.keep(prev_ids, &terms))
    }

    /// Whether row `i` passes the filter's choices (not the text; see `text_mask`).
    fn passes(&self, i: usize, f: &Filter) -> bool {
        let Some(r) = self.rows.get(i) else {
            return false;
        };
        f.category.is_none_or(|c| r.category == c)
            && f.status.is_none_or(|s| r.status() == s)
            && f.attribute.is_none_or(|a| r.attribute == Some(a))
            && f.region.as_ref().is_none_or(|g| &r.region == g)
    }

    fn order(&self, c: Column) -> &Order {
        let cell = &self.orders[c.index() % 9];
        cell.get_or_init(|| Order::build(&self.rows, c))
    }

    /// Caption, filter bar, header with sort buttons, an empty `<tbody data-pm-body>`, the
    /// live count and the CSV button.
    pub fn shell(&self, f: &Filter, sort: Option<Sort>, lang: Lang) -> String {
        let shown = self.visible(f, sort).len();
        self.render(f, sort, lang, shown, None)
    }

    /// The table with every visible row filled in (the CLI's no-JS table): no filter bar,
    /// no CSV button and plain header cells, since they would do nothing without a script;
    /// the root carries `pm-static` (no scroll height limit).
    pub fn static_html(&self, f: &Filter, sort: Option<Sort>, lang: Lang) -> String {
        let ids = self.visible(f, sort);
        self.render(f, sort, lang, ids.len(), Some(&ids))
    }

    /// The `<tr>`s for these rows (unknown ids are skipped); for no ids at all, one row
    /// saying that nothing matches.
    pub fn rows_html(&self, ids: &[u32], lang: Lang) -> String {
        self.rows_html_from(ids, None, lang)
    }

    /// Like [`TableModel::rows_html`], each row with `aria-rowindex` counting up from
    /// `first` (a virtualised body: screen readers learn each row's place in the table).
    pub fn rows_html_indexed(&self, ids: &[u32], first: usize, lang: Lang) -> String {
        self.rows_html_from(ids, Some(first), lang)
    }

    fn rows_html_from(&self, ids: &[u32], first: Option<usize>, lang: Lang) -> String {
        let mut s = String::with_capacity(ids.len() * 900 + 64);
        if ids.is_empty() {
            s.push_str("<tr class=\"pm-empty-row\"><td colspan=\"9\">");
            s.push_str(w(W::NoRows, lang));
            s.push_str("</td></tr>");
        }
        let mut index = first;
        for &id in ids {
            if let Some(r) = self.rows.get(id as usize) {
                push_row(&mut s, id, index, r, lang);
                index = index.map(|i| i.saturating_add(1));
            }
        }
        s
    }

    /// These rows as CSV: UTF-8 BOM, header, RFC 4180 quoting, CRLF line ends, and text
    /// cells starting with `= + - @` (or tab/CR) prefixed with `'` against formula injection.
    pub fn csv(&self, ids: &[u32]) -> String {
        let mut s = String::with_capacity(ids.len() * 200 + 256);
        s.push('\u{feff}');
        let header = [
            "规划",
            "地区",
            "指标",
            "指标键",
            "类别",
            "属性",
            "单位",
            "基期年",
            "基期值",
            "目标年",
            "目标条件",
            "目标值",
            "目标上限",
            "监测年",
            "监测值",
            "备注",
            "进度",
            "状态",
            "说明",
        ];
        for (i, h) in header.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            s.push_str(h);
        }
        s.push_str("\r\n");
        for &id in ids {
            if let Some(r) = self.rows.get(id as usize) {
                csv_row(&mut s, r);
            }
        }
        s
    }

    fn render(
        &self,
        f: &Filter,
        sort: Option<Sort>,
        lang: Lang,
        shown: usize,
        rows: Option<&[u32]>,
    ) -> String {
        let mut s = String::with_capacity(4096 + rows.map_or(0, |r| r.len() * 900));
        open_root(
            &mut s,
            if rows.is_some() {
                "pm-table pm-static"
            } else {
                "pm-table"
            },
            lang,
        );
        s.push_str(" data-pm-rows=\"");
        push_int(&mut s, self.rows.len() as i64);
        s.push_str("\">");
        // The no-JS table has no controls: they would do nothing without a script.
        let live = rows.is_none();
        if live {
            self.push_filters(&mut s, f, lang);
        }
        s.push_str("<p class=\"pm-count\" data-pm-count role=\"status\" aria-live=\"polite\">");
        s.push_str(&count_text(shown, self.rows.len(), lang));
        s.push_str("</p>");
        let caption = self.caption(lang);
        s.push_str("<div class=\"pm-scroll\" data-pm-scroll tabindex=\"0\" role=\"region\"");
        push_attr(&mut s, "aria-label", &caption);
        s.push_str("><table class=\"pm-t\"><caption class=\"pm-caption\">");
        push_escaped(&mut s, &caption);
        s.push_str("</caption>");
        push_head(&mut s, sort, live, lang);
        s.push_str("<tbody class=\"pm-body\" data-pm-body>");
        if let Some(ids) = rows {
            s.push_str(&self.rows_html(ids, lang));
        }
        s.push_str("</tbody></table></div></div>");
        s
    }

    fn caption(&self, lang: Lang) -> String {
        let mut c = String::from(w(W::TableCaption, lang));
        if let Some(subj) = &self.subject {
            c.push('：');
            c.push_str(subj);
        }
        c
    }

    fn push_filters(&self, s: &mut String, f: &Filter, lang: Lang) {
        s.push_str("<div class=\"pm-filters\" role=\"group\"");
        push_attr(s, "aria-label", w(W::Filters, lang));
        s.push('>');
        let cats = Category::ALL.map(|c| (c.as_str(), i18n::category(c, lang)));
        let cur = f.category.map(Category::as_str);
        push_select(s, "category", w(W::Category, lang), &cats, cur, lang);
        let sts = Status::ALL.map(|x| (x.as_str(), i18n::status(x, lang)));
        push_select(
            s,
            "status",
            w(W::Status, lang),
            &sts,
            f.status.map(Status::as_str),
            lang,
        );
        let regs: Vec<(&str, &str)> = self.regions.iter().map(|r| (&**r, &**r)).collect();
        push_select(
            s,
            "region",
            w(W::Region, lang),
            &regs,
            f.region.as_deref(),
            lang,
        );
        let attrs = [Attribute::Expected, Attribute::Binding]
            .map(|a| (a.as_str(), i18n::attribute(a, lang)));
        let cur = f.attribute.map(Attribute::as_str);
        push_select(s, "attribute", w(W::Attribute, lang), &attrs, cur, lang);
        s.push_str("<label class=\"pm-field pm-field-q\"><span class=\"pm-label\">");
        s.push_str(w(W::Search, lang));
        s.push_str("</span><input type=\"search\" class=\"pm-input\" data-pm-filter=\"q\"");
        push_attr(s, "value", &f.text);
        push_attr(s, "placeholder", w(W::SearchHint, lang));
        s.push_str(" autocomplete=\"off\" spellcheck=\"false\"></label>");
        s.push_str("<button type=\"button\" class=\"pm-btn\" data-pm-csv>");
        s.push_str(w(W::ExportCsv, lang));
        s.push_str("</button></div>");
    }
}

/// A spacer row for a virtualised body: scripts set its height through the custom property
/// `--pm-spacer-h` (see `www/planmeter.css`).
pub const SPACER_ROW: &str =
    "<tr class=\"pm-spacer\" aria-hidden=\"true\"><td colspan=\"9\"></td></tr>";

/// The live count line: `显示 12 / 340 项`.
pub fn count_text(shown: usize, total: usize, lang: Lang) -> String {
    let mut s = String::from(w(W::Shown, lang));
    s.push(' ');
    push_int(&mut s, shown as i64);
    s.push_str(" / ");
    push_int(&mut s, total as i64);
    s.push(' ');
    s.push_str(w(W::Items, lang));
    s
}

/// The header word of a column.
pub fn column_label(c: Column, lang: Lang) -> &'static str {
    match c {
        Column::Region => w(W::Region, lang),
        Column::Name => w(W::Indicator, lang),
        Column::Category => w(W::Category, lang),
        Column::Attribute => w(W::Attribute, lang),
        Column::Baseline => w(W::Baseline, lang),
        Column::Target => w(W::Target, lang),
        Column::Latest => w(W::Latest, lang),
        Column::Progress => w(W::Progress, lang),
        Column::Status => w(W::Status, lang),
    }
}

/// The `aria-sort` value of a column's header under `sort`.
pub fn aria_sort(c: Column, sort: Option<Sort>) -> &'static str {
    match sort {
        Some(s) if s.column == c && s.descending => "descending",
        Some(s) if s.column == c => "ascending",
        _ => "none",
    }
}

pub(crate) fn no_such_plan(id: &str, lang: Lang) -> ViewError {
    ViewError::new([w(W::NoSuchPlan, lang), " ", id].concat())
}

/// A row's searchable parts: region, name, key, category and status in both scripts, and
/// the attribute (a filter term matches inside any one of them).
fn search_parts(r: &Row) -> [&str; PARTS] {
    [
        r.region.as_str(),
        r.name.as_str(),
        r.key.as_deref().unwrap_or(""),
        i18n::category_both(r.category),
        r.attribute.map_or("", i18n::attribute_both),
        i18n::status_both(r.status()),
    ]
}

fn push_select(
    s: &mut String,
    name: &str,
    label: &str,
    options: &[(&str, &str)],
    current: Option<&str>,
    lang: Lang,
) {
    s.push_str("<label class=\"pm-field\"><span class=\"pm-label\">");
    s.push_str(label);
    s.push_str("</span><select class=\"pm-select\" data-pm-filter=\"");
    s.push_str(name);
    s.push_str("\"><option value=\"\">");
    s.push_str(w(W::All, lang));
    s.push_str("</option>");
    for (value, text) in options {
        s.push_str("<option");
        push_attr(s, "value", value);
        if current == Some(*value) {
            s.push_str(" selected");
        }
        s.push('>');
        push_escaped(s, text);
        s.push_str("</option>");
    }
    s.push_str("</select></label>");
}

fn push_head(s: &mut String, sort: Option<Sort>, buttons: bool, lang: Lang) {
    s.push_str("<thead><tr>");
    for c in Column::ALL {
        s.push_str("<th scope=\"col\" class=\"pm-c-");
        s.push_str(c.as_str());
        s.push_str("\" aria-sort=\"");
        s.push_str(aria_sort(c, sort));
        s.push_str("\">");
        if buttons {
            s.push_str("<button type=\"button\" class=\"pm-sort\" data-pm-sort=\"");
            s.push_str(c.as_str());
            s.push_str("\">");
        }
        s.push_str(column_label(c, lang));
        if buttons {
            s.push_str("</button>");
        }
        s.push_str("</th>");
    }
    s.push_str("</tr></thead>");
}

fn push_row(s: &mut String, id: u32, index: Option<usize>, r: &Row, lang: Lang) {
    s.push_str("<tr class=\"pm-row\" data-pm-row=\"");
    push_int(s, id.into());
    if let Some(i) = index {
        s.push_str("\" aria-rowindex=\"");
        push_int(s, i as i64);
    }
    s.push_str("\"><td class=\"pm-c-region\"");
    push_attr(s, "title", &r.title);
    s.push('>');
    push_escaped(s, &r.region);
    s.push_str("</td><th scope=\"row\" class=\"pm-c-name\"");
    push_attr(s, "title", &r.name);
    s.push('>');
    push_escaped(s, &r.name);
    s.push_str("</th><td class=\"pm-c-category\">");
    s.push_str(i18n::category(r.category, lang));
    s.push_str("</td><td class=\"pm-c-attribute\">");
    match r.attribute {
        Some(a) => s.push_str(i18n::attribute(a, lang)),
        None => s.push('—'),
    }
    s.push_str("</td><td class=\"pm-c-baseline pm-num\">");
    row::push_baseline(s, r, lang);
    s.push_str("</td><td class=\"pm-c-target pm-num\">");
    row::push_target(s, r, lang);
    s.push_str("</td><td class=\"pm-c-latest pm-num\">");
    row::push_latest(s, r, lang);
    s.push_str("</td><td class=\"pm-c-progress\">");
    row::push_bar(s, r);
    s.push_str("</td><td class=\"pm-c-status\">");
    row::push_status(s, r, lang);
    s.push_str("</td></tr>");
}

fn csv_row(s: &mut String, r: &Row) {
    let num = |v: Option<f64>| v.map(crate::json::format_number).unwrap_or_default();
    let int = |v: Option<i32>| v.map(|y| super::format::int(y.into())).unwrap_or_default();
    let b = r.baseline.as_ref();
    let t = r.target.as_ref();
    let a = r.latest.as_ref();
    let cells: [(String, bool); 19] = [
        (r.plan_id.clone(), true),
        (r.region.clone(), true),
        (r.name.clone(), true),
        (r.key.clone().unwrap_or_default(), true),
        (r.category.label_zh().into(), true),
        (r.attribute.map_or("", Attribute::as_str).into(), true),
        (r.unit.clone().unwrap_or_default(), true),
        (int(b.map(|b| b.year)), false),
        (num(b.map(|b| b.value)), false),
        (int(t.map(|t| t.year)), false),
        (t.map_or("", |t| t.op.as_str()).into(), true),
        (num(t.and_then(|t| t.value)), false),
        (num(t.and_then(|t| t.high)), false),
        (int(a.map(|a| a.year)), false),
        (num(a.map(|a| a.value)), false),
        (a.and_then(|a| a.note.clone()).unwrap_or_default(), true),
        (
            r.progress()
                .map(|p| crate::view::format::fixed(p, 4))
                .unwrap_or_default(),
            false,
        ),
        (r.status().label_zh().into(), true),
        (
            r.assessment
                .as_ref()
                .map(|x| x.reason.clone())
                .unwrap_or_default(),
            true,
        ),
    ];
    for (i, (v, text)) in cells.iter().enumerate() {
        if i > 0 {
            s.push(',');
        }
        push_csv_cell(s, v, *text);
    }
    s.push_str("\r\n");
}

/// Pushes one CSV cell: quoted when it holds `,` `"` CR or LF; a text cell that a
/// spreadsheet would take for a formula gets a leading `'`.
pub fn push_csv_cell(s: &mut String, v: &str, text: bool) {
    let risky = text && v.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = risky || v.contains([',', '"', '\r', '\n']);
    if quote {
        s.push('"');
    }
    if risky {
        s.push('\'');
    }
    for c in v.chars() {
        if c == '"' {
            s.push('"');
        }
        s.push(c);
    }
    if quote {
        s.push('"');
    }
}

impl Order {
    fn build(rows: &[Row], c: Column) -> Order {
        let keys: Vec<Option<Key>> = rows.iter().map(|r| key(r, c)).collect();
        let mut perm: Vec<u32> = (0..rows.len() as u32).collect();
        let k = |i: &u32| keys.get(*i as usize).and_then(Option::as_ref);
        // Stable: equal keys keep data order. Missing keys sort last.
        perm.sort_by(|a, b| match (k(a), k(b)) {
            (Some(x), Some(y)) => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        let missing = perm
            .iter()
            .position(|i| k(i).is_none())
            .unwrap_or(perm.len());
        let mut runs = Vec::new();
        for (pos, i) in perm.iter().enumerate().take(missing) {
            if pos == 0 || k(i) != perm.get(pos - 1).and_then(&k) {
                runs.push(pos as u32);
            }
        }
        Order {
            perm,
            runs,
            missing: missing as u32,
        }
    }

    /// Row ids largest first; equal keys in data order; missing keys last.
    fn descending(&self) -> impl Iterator<Item = u32> + '_ {
        let ends = self.runs.iter().skip(1).copied().chain([self.missing]);
        let spans: Vec<(u32, u32)> = self.runs.iter().copied().zip(ends).collect();
        let missing = self.perm.get(self.missing as usize..).unwrap_or(&[]);
        spans
            .into_iter()
            .rev()
            .flat_map(|(a, b)| {
                self.perm
                    .get(a as usize..b as usize)
                    .unwrap_or(&[])
                    .iter()
                    .copied()
            })
            .chain(missing.iter().copied())
    }
}

fn key(r: &Row, c: Column) -> Option<Key<'_>> {
    let num = |v: Option<f64>| v.filter(|x| x.is_finite()).map(Key::Num);
    match c {
        Column::Region => Some(Key::Text(&r.region, &r.title)),
        Column::Name => Some(Key::Text(&r.name, "")),
        Column::Category => Some(Key::Num(r.category as u8 as f64)),
        Column::Attribute => r.attribute.map(|a| Key::Num(a as u8 as f64)),
        Column::Baseline => num(r.baseline_key()),
        Column::Target => num(r.target_key()),
        Column::Latest => num(r.latest_key()),
        Column::Progress => num(r.progress()),
        Column::Status => Some(Key::Num(r.status() as u8 as f64)),
    }
}
