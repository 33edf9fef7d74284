//! A string → `u32` map for id lookups (标识索引): duplicate ids in a data file, the plan
//! and indicator index of an actuals merge, the table search's dictionary.
//!
//! Why not `BTreeMap<String, u32>`: its instantiation (search, insert with node splits,
//! drop) is about 4.7 KB of the wasm bundle; this open-addressing table with FNV-1a is a
//! tenth of that. Lookups are by `&str`, and nothing iterates the map, so the order of the
//! table never shows in any output.

/// Keys with values, and a hash table of their positions.
#[derive(Debug, Default)]
pub(crate) struct IdMap {
    /// Keys and values, in insertion order.
    entries: Vec<(String, u32)>,
    /// Open addressing, linear probing: `entry index + 1`, or 0 for an empty slot. Its
    /// length is 0 or a power of two at least twice the number of entries, so a probe
    /// always reaches an empty slot.
    slots: Vec<u32>,
}

impl IdMap {
    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<u32> {
        self.find(key).1
    }

    /// Whether `key` is there.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Maps `key` to `value` unless `key` is already there; returns the value it already
    /// had (`None` when it was added). The first value stays, unlike `BTreeMap::insert`.
    pub fn insert(&mut self, key: &str, value: u32) -> Option<u32> {
        if let (_, Some(v)) = self.find(key) {
            return Some(v);
        }
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let (slot, _) = self.find(key);
        self.entries.push((key.to_string(), value));
        if let Some(s) = self.slots.get_mut(slot) {
            *s = self.entries.len() as u32;
        }
        None
    }

    /// The slot where `key` is (or would go), and its value if it is there.
    fn find(&self, key: &str) -> (usize, Option<u32>) {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = hash(key) as usize & mask;
        while let Some(&e) = self.slots.get(i) {
            let Some((k, v)) = self.entries.get((e as usize).wrapping_sub(1)) else {
                break; // 0: empty
            };
            if k == key {
                return (i, Some(*v));
            }
            i = (i + 1) & mask;
        }
        (i, None)
    }

    /// Doubles the table (at least 16 slots) and places every entry again.
    fn grow(&mut self) {
        let n = (self.slots.len() * 2).max(16);
        self.slots = vec![0; n];
        for (e, (k, _)) in self.entries.iter().enumerate() {
            let mut i = hash(k) as usize & (n - 1);
            while self.slots.get(i).is_some_and(|&s| s != 0) {
                i = (i + 1) & (n - 1);
            }
            if let Some(s) = self.slots.get_mut(i) {
                *s = e as u32 + 1;
            }
        }
    }
}

/// FNV-1a, 32 bits.
fn hash(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::IdMap;
    use std::collections::BTreeMap;

    #[test]
    fn keeps_the_first_value_and_finds_every_key() {
        let mut m = IdMap::default();
        assert_eq!(m.get("a"), None);
        assert_eq!(m.insert("a", 1), None);
        assert_eq!(m.insert("a", 2), Some(1));
        assert_eq!(m.get("a"), Some(1));
        assert!(!m.contains_key(""));
        assert_eq!(m.insert("", 7), None);
        assert!(m.contains_key(""));
        for i in 0..5000u32 {
            let k = format!("id-{i}");
            assert_eq!(m.insert(&k, i), None);
        }
        for i in 0..5000u32 {
            assert_eq!(m.get(&format!("id-{i}")), Some(i));
        }
        assert_eq!(m.get("id-5000"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The same answers as a `BTreeMap` that keeps the first value.
        #[test]
        fn agrees_with_btreemap(ops in proptest::collection::vec(("[a-c]{0,3}", 0u32..9), 0..200)) {
            let (mut ours, mut reference) = (IdMap::default(), BTreeMap::new());
            for (k, v) in &ops {
                let before = reference.get(k.as_str()).copied();
                proptest::prop_assert_eq!(ours.insert(k, *v), before);
                reference.entry(k.clone()).or_insert(*v);
            }
            for (k, _) in &ops {
                proptest::prop_assert_eq!(ours.get(k), reference.get(k.as_str()).copied());
            }
        }
    }
}
