//! The indicator table (指标一览): rows precomputed once, filtered and sorted fast, rendered
//! as a shell (filter bar, header, empty body) plus rows on demand, or all at once.

use super::{Lang, ViewError};
use crate::filter::{Filter, Sort};
use crate::model::PlanSet;

/// An indicator table's rows, precomputed (cells, assessment, folded search text).
#[derive(Debug, Default)]
pub struct TableModel {
    len: usize,
}

impl TableModel {
    /// Rows for every indicator of `plan` (or of every plan), assessed at `year` (or latest).
    pub fn new(
        set: &PlanSet,
        plan: Option<&str>,
        year: Option<i32>,
    ) -> Result<TableModel, ViewError> {
        let _ = (set, plan, year);
        Ok(TableModel::default())
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Ids of the rows that pass `f`, in `sort` order (data order without one).
    pub fn visible(&self, f: &Filter, sort: Option<Sort>) -> Vec<u32> {
        let _ = (f, sort);
        Vec::new()
    }

    /// Caption, filter bar, header with sort buttons, an empty `<tbody data-pm-body>`, the
    /// live count and the CSV button.
    pub fn shell(&self, f: &Filter, sort: Option<Sort>, lang: Lang) -> String {
        let _ = (f, sort, lang);
        String::new()
    }

    /// The `<tr>`s for these rows (unknown ids are skipped).
    pub fn rows_html(&self, ids: &[u32], lang: Lang) -> String {
        let _ = (ids, lang);
        String::new()
    }

    /// These rows as CSV: UTF-8 BOM, header, RFC 4180 quoting, formula-injection safe.
    pub fn csv(&self, ids: &[u32]) -> String {
        let _ = ids;
        String::from("\u{feff}")
    }

    /// The shell with every visible row filled in (the CLI's no-JS table).
    pub fn static_html(&self, f: &Filter, sort: Option<Sort>, lang: Lang) -> String {
        let _ = (f, sort, lang);
        String::new()
    }
}
