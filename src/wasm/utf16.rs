//! Character (code point) offsets → UTF-16 offsets, for JavaScript string indexing.
//!
//! The core counts code points (SPEC §3); JS strings index UTF-16 code units, which
//! differ as soon as a character outside the BMP (e.g. 𠮷) appears before the offset.

/// UTF-16 position of every code point index `0..=n` of `text`.
pub struct Utf16Map {
    starts: Vec<u32>,
}

impl Utf16Map {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() + 1);
        let mut pos = 0u32;
        for c in text.chars() {
            starts.push(pos);
            pos += c.len_utf16() as u32;
        }
        starts.push(pos);
        Utf16Map { starts }
    }

    /// The UTF-16 offset of code point index `i` (clamped to the end of the text).
    pub fn get(&self, i: usize) -> usize {
        let last = self.starts.last().copied().unwrap_or(0);
        self.starts.get(i).copied().unwrap_or(last) as usize
    }
}
