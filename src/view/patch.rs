//! Row patches (行增量更新): how a virtualised table body turns the rows it shows into
//! the rows wanted while the rows both lists share keep their elements.
//!
//! Why: a keystroke that narrows or widens the search in the same sort order often keeps
//! some rows in view (typing 标 after 商 keeps the 商标 rows). Rows left in the DOM are not
//! parsed, restyled or laid out again; only the new ones are. Planning is pure (tested
//! natively); the wasm layer applies the steps.

/// One step of a patch, in the order of the wanted rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The shown row at `old` stays and becomes wanted row `new`.
    Keep {
        /// Its position among the rows shown.
        old: usize,
        /// Its position among the rows wanted.
        new: usize,
    },
    /// Wanted rows `new..new + len` are inserted after the previous step's row (or first).
    Insert {
        /// The first inserted row's position among the rows wanted.
        new: usize,
        /// How many consecutive wanted rows are inserted.
        len: usize,
    },
}

/// The steps from `shown` to `wanted` (row ids), or `None` when no row is shared or the
/// shared rows changed order (a new sort): then the body is simply replaced. Shown rows
/// that no step keeps are removed.
///
/// The lists are a viewport of rows (tens), so the quadratic lookup is cheaper than a map.
pub fn plan(shown: &[u32], wanted: &[u32]) -> Option<Vec<Step>> {
    let mut steps = Vec::with_capacity(wanted.len());
    let mut last: Option<usize> = None;
    for (new, id) in wanted.iter().enumerate() {
        match shown.iter().position(|s| s == id) {
            Some(old) => {
                // Shared rows must keep their order: moving elements would lay them out anew.
                if last.is_some_and(|l| old <= l) {
                    return None;
                }
                last = Some(old);
                steps.push(Step::Keep { old, new });
            }
            None => match steps.last_mut() {
                Some(Step::Insert { len, .. }) => *len += 1,
                _ => steps.push(Step::Insert { new, len: 1 }),
            },
        }
    }
    last.map(|_| steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies a patch to `shown` as the DOM layer does and returns the resulting ids.
    fn apply(shown: &[u32], wanted: &[u32], steps: &[Step]) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for s in steps {
            match *s {
                Step::Keep { old, .. } => out.push(shown[old]),
                Step::Insert { new, len } => out.extend_from_slice(&wanted[new..new + len]),
            }
        }
        out
    }

    #[test]
    fn narrowing_keeps_shared_rows_and_inserts_runs() {
        let shown = [1, 2, 3, 4, 5, 6];
        let wanted = [2, 4, 7, 8, 6, 9];
        let p = plan(&shown, &wanted).expect("rows 2, 4 and 6 are shared");
        assert_eq!(
            p,
            vec![
                Step::Keep { old: 1, new: 0 },
                Step::Keep { old: 3, new: 1 },
                Step::Insert { new: 2, len: 2 },
                Step::Keep { old: 5, new: 4 },
                Step::Insert { new: 5, len: 1 },
            ]
        );
        assert_eq!(apply(&shown, &wanted, &p), wanted);
    }

    #[test]
    fn widening_inserts_before_the_first_shared_row() {
        let shown = [5, 9];
        let wanted = [1, 2, 5, 6, 9];
        let p = plan(&shown, &wanted).expect("shared rows");
        assert_eq!(p[0], Step::Insert { new: 0, len: 2 });
        assert_eq!(apply(&shown, &wanted, &p), wanted);
    }

    #[test]
    fn nothing_shared_or_reordered_means_replace() {
        assert_eq!(plan(&[1, 2, 3], &[4, 5]), None);
        assert_eq!(
            plan(&[1, 2, 3], &[3, 2]),
            None,
            "a new sort reverses the shared rows"
        );
        assert_eq!(plan(&[], &[1]), None);
        assert_eq!(plan(&[1], &[]), None);
    }

    #[test]
    fn random_lists_round_trip() {
        // Deterministic pseudo-random windows over a sorted result (xorshift).
        let mut x = 0x9e37_79b9_u32;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x
        };
        for _ in 0..500 {
            let shown: Vec<u32> = (0..40).filter(|_| next() % 3 == 0).take(14).collect();
            let wanted: Vec<u32> = (0..40).filter(|_| next() % 2 == 0).take(14).collect();
            match plan(&shown, &wanted) {
                Some(p) => {
                    assert_eq!(apply(&shown, &wanted, &p), wanted);
                    let kept = p.iter().filter(|s| matches!(s, Step::Keep { .. })).count();
                    let shared = shown.iter().filter(|s| wanted.contains(s)).count();
                    assert_eq!(kept, shared);
                }
                None => assert!(!shown.iter().any(|s| wanted.contains(s))),
            }
        }
    }
}
