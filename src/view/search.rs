//! The table's text search (全文检索) as a dictionary of distinct texts.
//!
//! Why a dictionary: a row's searchable text is made of a few categorical parts (region,
//! indicator name, key, category, attribute, status), and a national table repeats each of
//! them thousands of times (100,000 rows have about 3,000 regions and a few hundred
//! indicator names). A search term is matched once against each distinct part, then each
//! row only looks up whether one of its parts matched: one keystroke over 100,000 rows
//! scans tens of kilobytes of text instead of ten megabytes.

use crate::filter::fold;
use crate::idmap::IdMap;

/// Parts per row (地区、指标、键、类别、属性、状态).
pub(crate) const PARTS: usize = 6;

/// Distinct folded texts and, for each row, which of them it contains.
#[derive(Debug, Default)]
pub(crate) struct SearchIndex {
    /// Distinct parts, folded for matching (`filter::fold`).
    dict: Vec<String>,
    /// Each row's [`PARTS`] dictionary ids, one row after another.
    parts: Vec<u32>,
    /// Raw text → dictionary id while rows are added.
    ids: IdMap,
}

impl SearchIndex {
    /// Adds a row made of `parts` (raw, unfolded texts; empty ones match nothing).
    pub fn push(&mut self, parts: [&str; PARTS]) {
        for p in parts {
            let id = self.intern(p);
            self.parts.push(id);
        }
    }

    /// The dictionary id of `text`, added when new.
    fn intern(&mut self, text: &str) -> u32 {
        if let Some(id) = self.ids.get(text) {
            return id;
        }
        let id = self.dict.len() as u32;
        self.dict.push(fold(text));
        self.ids.insert(text, id);
        id
    }

    /// Number of rows.
    fn rows(&self) -> usize {
        self.parts.len() / PARTS
    }

    /// Which dictionary entries contain `term`.
    fn dict_hits(&self, term: &str) -> Vec<bool> {
        self.dict.iter().map(|d| d.contains(term)).collect()
    }

    /// Per term, which dictionary entries contain it.
    fn hits(&self, terms: &[String]) -> Vec<Vec<bool>> {
        terms.iter().map(|t| self.dict_hits(t)).collect()
    }

    /// Whether row `i` contains every term, given [`SearchIndex::hits`].
    fn row_matches(&self, hits: &[Vec<bool>], i: usize) -> bool {
        let Some(parts) = self.parts.get(i * PARTS..i * PARTS + PARTS) else {
            return false;
        };
        hits.iter().all(|h| {
            parts
                .iter()
                .any(|&p| h.get(p as usize).copied().unwrap_or(false))
        })
    }

    /// Which rows contain every term (`None`: no terms, every row).
    pub fn mask(&self, terms: &[String]) -> Option<Vec<bool>> {
        if terms.is_empty() {
            return None;
        }
        let hits = self.hits(terms);
        Some(
            (0..self.rows())
                .map(|i| self.row_matches(&hits, i))
                .collect(),
        )
    }

    /// The rows among `ids` that contain every term, in the same order.
    pub fn keep(&self, ids: &[u32], terms: &[String]) -> Vec<u32> {
        let hits = self.hits(terms);
        ids.iter()
            .copied()
            .filter(|&id| self.row_matches(&hits, id as usize))
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
        assert_eq!(s.mask(&terms("淄博")), Some(vec![true, false, true]));
        assert_eq!(s.mask(&terms("淄博 商标")), Some(vec![false, false, true]));
        assert_eq!(s.mask(&terms("约束")), Some(vec![false, true, false]));
        assert_eq!(s.mask(&terms("")), None);
    }

    #[test]
    fn parts_are_folded_and_interned_once() {
        let s = index(&ROWS);
        // Latin text is folded (TM → tm, Ｔ full width → t); repeated texts share an entry.
        assert_eq!(s.mask(&terms("ｔｍ")), Some(vec![false, false, true]));
        assert_eq!(s.dict.iter().filter(|d| d.as_str() == "淄博市").count(), 1);
        assert_eq!(s.dict.iter().filter(|d| d.as_str() == "创造").count(), 1);
    }

    #[test]
    fn a_term_never_spans_two_parts() {
        // "市商" occurs only across the region and the name.
        let s = index(&ROWS);
        assert_eq!(s.mask(&terms("市商")), Some(vec![false, false, false]));
    }

    #[test]
    fn keep_filters_a_subset_in_order() {
        let s = index(&ROWS);
        assert_eq!(s.keep(&[2, 0, 1], &terms("淄博")), vec![2, 0]);
        assert_eq!(s.keep(&[2, 0, 1, 9], &terms("")), vec![2, 0, 1]);
    }

    #[test]
    fn empty_parts_match_nothing() {
        let s = index(&ROWS);
        // Every term is non-empty; the empty attribute of row 2 must not make it match.
        assert_eq!(s.mask(&terms("性")), Some(vec![true, true, false]));
    }
}
