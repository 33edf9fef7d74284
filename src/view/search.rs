//! The table's text search (全文检索) as a dictionary of distinct texts.
//!
//! Why a dictionary: a row's searchable text is made of a few categorical parts (region,
//! indicator name, key, category, attribute, status), and a national table repeats each of
//! them thousands of times (100,000 rows have about 3,000 regions and a few hundred
//! indicator names). A search term is matched once against each distinct part; the rows
//! of the parts that match come from their posting lists. One keystroke over 100,000 rows
//! scans tens of kilobytes of text and touches only the matching rows, then one bit per
//! row says whether it is in.

use crate::filter::fold;
use crate::idmap::IdMap;

/// Parts per row (地区、指标、键、类别、属性、状态).
pub(crate) const PARTS: usize = 6;

/// Distinct folded texts and, for each, the rows that contain it.
#[derive(Debug, Default)]
pub(crate) struct SearchIndex {
    /// Distinct parts, folded for matching (`filter::fold`).
    dict: Vec<String>,
    /// For each dictionary entry, the rows that have it, ascending, each once.
    postings: Vec<Vec<u32>>,
    /// Number of rows.
    rows: usize,
    /// Raw text → dictionary id while rows are added.
    ids: IdMap,
}

/// A set of rows, one bit each (行集合).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RowSet(Vec<u64>);

impl RowSet {
    /// Whether row `i` is in the set.
    pub fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn empty(rows: usize) -> RowSet {
        RowSet(vec![0; rows.div_ceil(64)])
    }

    fn insert(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    fn intersect(&mut self, other: &RowSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }
}

impl SearchIndex {
    /// Adds a row made of `parts` (raw, unfolded texts; empty ones match nothing).
    pub fn push(&mut self, parts: [&str; PARTS]) {
        let row = self.rows as u32;
        for p in parts {
            let id = self.intern(p) as usize;
            if let Some(list) = self.postings.get_mut(id) {
                // Two parts with the same text (two empty ones) list the row once.
                if list.last() != Some(&row) {
                    list.push(row);
                }
            }
        }
        self.rows += 1;
    }

    /// The dictionary id of `text`, added when new.
    fn intern(&mut self, text: &str) -> u32 {
        if let Some(id) = self.ids.get(text) {
            return id;
        }
        let id = self.dict.len() as u32;
        self.dict.push(fold(text));
        self.postings.push(Vec::new());
        self.ids.insert(text, id);
        id
    }

    /// The rows with a part that contains `term`.
    fn term_rows(&self, term: &str) -> RowSet {
        let mut set = RowSet::empty(self.rows);
        for (d, list) in self.dict.iter().zip(&self.postings) {
            if d.contains(term) {
                for &r in list {
                    set.insert(r as usize);
                }
            }
        }
        set
    }

    /// Which rows contain every term (`None`: no terms, every row).
    pub fn mask(&self, terms: &[String]) -> Option<RowSet> {
        let (first, rest) = terms.split_first()?;
        let mut set = self.term_rows(first);
        for t in rest {
            set.intersect(&self.term_rows(t));
        }
        Some(set)
    }

    /// The rows among `ids` that contain every term, in the same order.
    pub fn keep(&self, ids: &[u32], terms: &[String]) -> Vec<u32> {
        let mask = self.mask(terms);
        ids.iter()
            .copied()
            .filter(|&id| {
                let i = id as usize;
                i < self.rows && mask.as_ref().is_none_or(|m| m.contains(i))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(rows: &[[&str; PARTS]]) -> SearchIndex {
        let mut s = SearchIndex::default();
        for r in rows {
            s.push(*r);
        }
        s
    }

    /// The mask as one bool per row (`None`: every row).
    fn bools(s: &SearchIndex, q: &[String]) -> Option<Vec<bool>> {
        s.mask(q)
            .map(|m| (0..s.rows).map(|i| m.contains(i)).collect())
    }

    fn terms(q: &str) -> Vec<String> {
        fold(q).split_whitespace().map(str::to_string).collect()
    }

    const ROWS: [[&str; PARTS]; 3] = [
        [
            "淄博市",
            "发明专利拥有量",
            "patents",
            "创造",
            "预期性",
            "达标",
        ],
        ["山东省", "商标注册量", "", "创造", "约束性", "进展不足"],
        ["淄博市", "商标注册量", "TM", "运用", "", "达标"],
    ];

    #[test]
    fn terms_match_inside_any_part_and_all_terms_must_match() {
        let s = index(&ROWS);
        assert_eq!(bools(&s, &terms("淄博")), Some(vec![true, false, true]));
        assert_eq!(
            bools(&s, &terms("淄博 商标")),
            Some(vec![false, false, true])
        );
        assert_eq!(bools(&s, &terms("约束")), Some(vec![false, true, false]));
        assert_eq!(bools(&s, &terms("")), None);
    }

    #[test]
    fn parts_are_folded_and_interned_once() {
        let s = index(&ROWS);
        // Latin text is folded (TM → tm, Ｔ full width → t); repeated texts share an entry.
        assert_eq!(bools(&s, &terms("ｔｍ")), Some(vec![false, false, true]));
        assert_eq!(s.dict.iter().filter(|d| d.as_str() == "淄博市").count(), 1);
        assert_eq!(s.dict.iter().filter(|d| d.as_str() == "创造").count(), 1);
        assert_eq!(s.postings.iter().map(Vec::len).sum::<usize>(), 3 * PARTS);
        // Two empty parts in one row: one entry, the row listed once.
        let mut s = index(&ROWS);
        s.push(["淄博市", "", "", "创造", "", "达标"]);
        assert_eq!(
            s.postings.iter().map(Vec::len).sum::<usize>(),
            4 * PARTS - 2
        );
        assert_eq!(
            bools(&s, &terms("淄博")),
            Some(vec![true, false, true, true])
        );
    }

    #[test]
    fn a_term_never_spans_two_parts() {
        // "市商" occurs only across the region and the name.
        let s = index(&ROWS);
        assert_eq!(bools(&s, &terms("市商")), Some(vec![false, false, false]));
    }

    #[test]
    fn keep_filters_a_subset_in_order() {
        let s = index(&ROWS);
        assert_eq!(s.keep(&[2, 0, 1], &terms("淄博")), vec![2, 0]);
        assert_eq!(s.keep(&[2, 0, 1, 9], &terms("")), vec![2, 0, 1]);
    }

    #[test]
    fn many_terms() {
        let s = index(&ROWS);
        // 70 terms, all inside row 0's parts.
        let many: Vec<String> = (0..70)
            .map(|i| ["淄博", "专利", "pat", "创"][i % 4].into())
            .collect();
        assert_eq!(bools(&s, &many), Some(vec![true, false, false]));
    }

    #[test]
    fn empty_parts_match_nothing() {
        let s = index(&ROWS);
        // Every term is non-empty; the empty attribute of row 2 must not make it match.
        assert_eq!(bools(&s, &terms("性")), Some(vec![true, true, false]));
    }
}
