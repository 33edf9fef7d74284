//! Scanners: character folding (全角→半角, 繁→简), numbers (阿拉伯数字 and 中文数字), units
//! and quantity tokens (8家—10家, 20%以上, 8.5万件).
//!
//! Everything works on a folded copy of the text that has exactly one char per original
//! char, so an index into the folded text is also an index into the original text.

use crate::model::Op;

/// The document twice: as written (for quotes and names) and folded (for matching).
///
/// Line breaks that only wrap a hard-wrapped text are left out of both; `pos` maps every
/// char back to its place in the text as given, so quotes and offsets stay exact.
pub struct Doc {
    /// The original characters (without the wrapping breaks).
    pub orig: Vec<char>,
    /// The same characters folded (full-width → ASCII, traditional → simplified).
    pub f: Vec<char>,
    /// The text exactly as given, when wrapping breaks were left out of `orig` (else
    /// `orig` is the text as given).
    full: Option<Vec<char>>,
    /// For each char of `orig`, its index in `full` (when there is a `full`).
    pos: Vec<usize>,
}

impl Doc {
    /// Folds `text` one char to one char, reading across wrapping line breaks.
    pub fn new(text: &str) -> Doc {
        let full = chars_of(text);
        let mut drop = super::wrap::soft_breaks(&full);
        super::wrap::letter_spacing(&full, &mut drop);
        let (orig, full, pos) = if drop.contains(&true) {
            let pos: Vec<usize> = (0..full.len())
                .filter(|&i| !drop.get(i).copied().unwrap_or(false))
                .collect();
            let orig = pos.iter().filter_map(|&i| full.get(i).copied()).collect();
            (orig, Some(full), pos)
        } else {
            // Not hard-wrapped (most texts): every char is read, in place.
            (full, None, Vec::new())
        };
        let mut f: Vec<char> = orig.iter().map(|&c| fold(c)).collect();
        blank_markup(&orig, &mut f);
        blank_other_scripts(&mut f);
        blank_export_furniture(&mut f);
        Doc { orig, f, full, pos }
    }

    /// The text exactly as given, as chars.
    pub fn text(&self) -> &[char] {
        self.full.as_deref().unwrap_or(&self.orig)
    }

    /// The index in the text as given of char `i` (the text's end past the last char).
    pub fn offset(&self, i: usize) -> usize {
        let n = self.text().len();
        match &self.full {
            Some(_) => self.pos.get(i).copied().unwrap_or(n),
            None => i.min(n),
        }
    }

    /// The span in the text as given of chars `[a, b)`, wrapping breaks inside included.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        if b <= a {
            let o = self.offset(a);
            return (o, o);
        }
        (self.offset(a), self.offset(b - 1) + 1)
    }

    /// Number of chars.
    pub fn len(&self) -> usize {
        self.f.len()
    }

    /// The folded char at `i` (NUL past the end).
    pub fn at(&self, i: usize) -> char {
        self.f.get(i).copied().unwrap_or('\0')
    }

    /// The original text of `[a, b)` as read (wrapping breaks left out): for names and
    /// units.
    pub fn orig_str(&self, a: usize, b: usize) -> String {
        let b = b.min(self.orig.len());
        string_of(self.orig.get(a.min(b)..b).unwrap_or(&[]))
    }

    /// The text of `[a, b)` exactly as given, wrapping breaks and page footers inside
    /// included: for quotes, which must be substrings of the input.
    pub fn quote_str(&self, a: usize, b: usize) -> String {
        let b = b.min(self.orig.len());
        let (x, y) = self.span(a.min(b), b);
        string_of(self.text().get(x..y).unwrap_or(&[]))
    }

    /// The folded text of `[a, b)`.
    pub fn fstr(&self, a: usize, b: usize) -> String {
        let b = b.min(self.f.len());
        string_of(self.f.get(a.min(b)..b).unwrap_or(&[]))
    }

    /// Whether the folded text at `i` starts with `s`.
    pub fn starts(&self, i: usize, s: &str) -> bool {
        // (Over the slice: this runs for long word lists at many positions.)
        let mut hay = self.f.get(i..).unwrap_or(&[]).iter();
        s.chars().all(|c| hay.next().copied().unwrap_or('\0') == c)
    }

    /// Whether the folded text ending just before `end` (and not before `min`) ends with `s`.
    pub fn ends(&self, min: usize, end: usize, s: &str) -> bool {
        // The last char first: this runs for long word lists at many positions.
        match s.chars().next_back() {
            Some(c) if end <= min || self.at(end - 1) != c => return false,
            _ => {}
        }
        let n = s.chars().count();
        end >= min + n && self.starts(end - n, s)
    }

    /// Whether one of `words` occurs in the folded text within `[a, b)`.
    pub fn contains_any(&self, a: usize, b: usize, words: &WordSet) -> bool {
        let b = b.min(self.f.len());
        words.occurs_in(self.f.get(a.min(b)..b).unwrap_or(&[]))
    }

    /// The first place within `[a, b)` where one of `words` occurs in the folded text
    /// (the least of [`Doc::find`] of each word).
    pub fn find_any(&self, a: usize, b: usize, words: &WordSet) -> Option<usize> {
        let b = b.min(self.f.len());
        let a = a.min(b);
        Some(a + words.first_in(self.f.get(a..b)?)?)
    }

    /// The parts of `[a, b)` between the folded char `sep` (`[start, end)` each, empty
    /// ones included).
    pub fn split(&self, a: usize, b: usize, sep: char) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut s = a;
        for j in a..=b {
            if j == b || self.at(j) == sep {
                out.push((s, j));
                s = j + 1;
            }
        }
        out
    }

    /// The folded chars of `[a, b)` (those past the text's end left out: they read as
    /// NUL), for loops over a range that test chars one by one.
    pub fn slice(&self, a: usize, b: usize) -> &[char] {
        let b = b.min(self.f.len());
        self.f.get(a.min(b)..b).unwrap_or(&[])
    }

    /// The first place of the folded char `c` within `[a, b)` (over the slice: this
    /// finds line ends for whole texts).
    pub fn find_char(&self, a: usize, b: usize, c: char) -> Option<usize> {
        let b = b.min(self.f.len());
        let p = self.f.get(a.min(b)..b)?.iter().position(|&x| x == c)?;
        Some(a + p)
    }

    /// Finds `s` in the folded text within `[a, b)`.
    pub fn find(&self, a: usize, b: usize, s: &str) -> Option<usize> {
        let mut cs = s.chars();
        let Some(first) = cs.next() else {
            return (a < b).then_some(a);
        };
        let n = 1 + cs.count();
        // (The first char compared before the word is decoded, over a slice: finds run
        // over whole sentences. A start before `end` leaves room for the word before `b`.)
        let end = b.saturating_sub(n.saturating_sub(1)).min(self.f.len());
        let start = a.min(end);
        let hay = self.f.get(start..end)?;
        let mut from = 0;
        while let Some(p) = hay.get(from..)?.iter().position(|&c| c == first) {
            let i = start + from + p;
            if self.starts(i, s) {
                return Some(i);
            }
            from += p + 1;
        }
        None
    }
}

/// The chars of `text`, allocated once at their number (collecting guesses a quarter of
/// the byte length and grows).
pub fn chars_of(text: &str) -> Vec<char> {
    let mut v = Vec::with_capacity(text.chars().count());
    v.extend(text.chars());
    v
}

/// The chars as a string, allocated once at its final size (collecting chars into a
/// `String` guesses one byte a char and grows several times for Chinese text).
pub fn string_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// `chars` as a string, allocated once at `bytes` (their byte length, or a bound of it:
/// collecting chars into a `String` guesses a quarter of the byte length and grows several
/// times for Chinese text).
pub fn string_in(bytes: usize, chars: impl Iterator<Item = char>) -> String {
    let mut s = String::with_capacity(bytes);
    s.extend(chars);
    s
}

/// A list of words prepared for searching many texts (sentences) for any of them.
pub struct WordSet {
    words: Vec<Vec<char>>,
    /// One bit per first char of a word, by its code point mod 256: most positions of a
    /// text are ruled out by one test.
    firsts: [u64; 4],
    /// The same for the last chars (for words ending at a position).
    lasts: [u64; 4],
    /// Whether a word is empty (it occurs everywhere).
    any_empty: bool,
    /// (first char, index) of every word, in that order: the words that may start at a
    /// position are looked up, not each tried.
    by_first: Vec<(char, usize)>,
    /// The same by last char.
    by_last: Vec<(char, usize)>,
}

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&str]) -> WordSet {
        let words: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
        let mask = |chars: &mut dyn Iterator<Item = &char>| {
            let mut m = [0u64; 4];
            for &c in chars {
                let (k, bit) = Self::slot(c);
                if let Some(w) = m.get_mut(k) {
                    *w |= bit;
                }
            }
            m
        };
        let firsts = mask(&mut words.iter().filter_map(|w| w.first()));
        let lasts = mask(&mut words.iter().filter_map(|w| w.last()));
        let index = |pick: fn(&Vec<char>) -> Option<&char>| {
            let mut v: Vec<(char, usize)> = (words.iter().enumerate())
                .filter_map(|(k, w)| Some((*pick(w)?, k)))
                .collect();
            v.sort_unstable();
            v
        };
        WordSet {
            any_empty: words.iter().any(|w| w.is_empty()),
            by_first: index(|w| w.first()),
            by_last: index(|w| w.last()),
            words,
            firsts,
            lasts,
        }
    }

    /// Whether some word may start with `c` (no word does when this is false).
    pub fn may_start(&self, c: char) -> bool {
        Self::has(&self.firsts, c)
    }

    fn slot(c: char) -> (usize, u64) {
        let k = c as usize % 256;
        (k / 64, 1 << (k % 64))
    }

    fn has(mask: &[u64; 4], c: char) -> bool {
        let (k, bit) = Self::slot(c);
        mask.get(k).is_some_and(|m| m & bit != 0)
    }

    /// The index of the first word (in list order) that ends the folded text just before
    /// `end`, not before `min` (as [`Doc::ends`] tells for each word).
    pub fn ending_at(&self, doc: &Doc, min: usize, end: usize) -> Option<usize> {
        // A (non-empty) word ending here ends in the char before `end`.
        if !self.any_empty && (end <= min || !Self::has(&self.lasts, doc.at(end - 1))) {
            return None;
        }
        let fits =
            |w: &Vec<char>| end >= min + w.len() && doc.f.get(end - w.len()..end) == Some(&w[..]);
        if self.any_empty {
            return self.words.iter().position(fits);
        }
        // The words that end in that char, in list order.
        let last = doc.at(end - 1);
        Self::with(&self.by_last, last).find(|&k| self.words.get(k).is_some_and(fits))
    }

    /// The indices of the words (in list order) whose char in `index` is `c`.
    fn with(index: &[(char, usize)], c: char) -> impl Iterator<Item = usize> + '_ {
        let from = index.partition_point(|&(x, _)| x < c);
        (index.get(from..).unwrap_or(&[]).iter())
            .take_while(move |&&(x, _)| x == c)
            .map(|&(_, k)| k)
    }

    /// Whether one of the words occurs in `hay` (as [`str::contains`] would tell on the
    /// strings).
    pub fn occurs_in(&self, hay: &[char]) -> bool {
        if self.any_empty {
            return true;
        }
        hay.iter().enumerate().any(|(i, &c)| {
            Self::has(&self.firsts, c) && self.starting(hay.get(i..).unwrap_or(&[])).is_some()
        })
    }

    /// The first place in `hay` where one of the words starts and ends within it: the
    /// least of what [`Doc::find`] finds for each word, in one pass.
    pub fn first_in(&self, hay: &[char]) -> Option<usize> {
        (0..hay.len()).find(|&i| {
            (self.any_empty || hay.get(i).is_some_and(|&c| Self::has(&self.firsts, c)))
                && self.starting(hay.get(i..).unwrap_or(&[])).is_some()
        })
    }

    /// Whether `hay` starts with one of the words (as [`str::starts_with`] tells on the
    /// strings).
    pub fn begins(&self, hay: &[char]) -> bool {
        self.starting(hay).is_some()
    }

    /// The indices (in list order) of all the non-empty words that start the folded text
    /// at `i` (those for which [`Doc::starts`] tells): a list is tried only where a word
    /// of it is.
    pub fn all_starting_at<'s>(
        &'s self,
        doc: &'s Doc,
        i: usize,
    ) -> impl Iterator<Item = usize> + 's {
        let rest = doc.f.get(i..).unwrap_or(&[]);
        let first = rest.first().copied().unwrap_or('\0');
        Self::with(&self.by_first, first)
            .filter(move |&k| self.words.get(k).is_some_and(|w| rest.starts_with(w)))
    }

    /// The index of the first word (in list order) that starts the folded text at `i`
    /// (as [`Doc::starts`] tells for each word).
    pub fn starting_at(&self, doc: &Doc, i: usize) -> Option<usize> {
        let rest = doc.f.get(i..).unwrap_or(&[]);
        if !self.any_empty && !rest.first().is_some_and(|&c| Self::has(&self.firsts, c)) {
            return None;
        }
        self.starting(rest)
    }

    /// The first word that `hay` starts with.
    fn starting(&self, hay: &[char]) -> Option<usize> {
        if self.any_empty {
            return self.words.iter().position(|w| hay.starts_with(w));
        }
        let &first = hay.first()?;
        Self::with(&self.by_first, first)
            .find(|&k| self.words.get(k).is_some_and(|w| hay.starts_with(w)))
    }
}

/// Folds one char: full-width ASCII → ASCII, ideographic space → space, traditional →
/// simplified (plan vocabulary). Always one char for one char.
#[inline]
pub fn fold(c: char) -> char {
    // Most chars of a plan are ASCII or ideographs: the shortest paths first (inlined:
    // this runs on every char of a text).
    if c.is_ascii() {
        return c;
    }
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return super::hant::to_simplified(c);
    }
    fold_other(c)
}

/// [`fold`] of a char that is neither ASCII nor an ideograph.
fn fold_other(c: char) -> char {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{200B}' => ' ',
        '\u{301C}' => '~',
        // Superscript digits are footnote markers (4.3件¹).
        '¹' | '²' | '³' | '\u{2070}' | '\u{2074}'..='\u{2079}' => ' ',
        // Tables drawn with box characters: vertical rules separate cells like `|`,
        // the other rules (borders, ├──┼──┤ lines) are blank.
        '│' | '┃' | '║' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏' => '|',
        '\u{2500}'..='\u{257F}' => ' ',
        '\u{2212}' => '-',
        '\u{FE50}' => ',',
        '\u{FE51}' => '、',
        '\u{FE54}' => ';',
        '\u{FE55}' => ':',
        '\u{FF64}' => '、',
        '\u{2265}' | '\u{2267}' => '≥',
        '\u{2264}' | '\u{2266}' => '≤',
        _ => c,
    };
    super::hant::to_simplified(c)
}

/// Whether `c` is a letter of a minority script a bilingual page sets beside the Chinese
/// (Uyghur in Arabic letters, Tibetan, Mongolian, Korean).
fn other_script(c: char) -> bool {
    // (Most chars are ASCII or ideographs: ruled out by two comparisons.)
    let u = c as u32;
    if u < 0x600 || (0x3400..=0x9FFF).contains(&u) {
        return false;
    }
    matches!(c,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFC}'
        | '\u{0F00}'..='\u{0FFF}' | '\u{1800}'..='\u{18AF}'
        | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}')
}

/// Lines of a bilingual page written in the other script (a title, a heading, a table's
/// header row copied in Uyghur): blank, so that their years and numbers (2028-يىل) read as
/// nothing. A line with Chinese in it is read as usual.
fn blank_other_scripts(f: &mut [char]) {
    // (One pass decides: most pages have no such letter.)
    if !f.iter().any(|&c| other_script(c)) {
        return;
    }
    let mut start = 0;
    for end in 0..=f.len() {
        if end < f.len() && f.get(end) != Some(&'\n') {
            continue;
        }
        if let Some(line) = f.get_mut(start..end) {
            if line.iter().any(|&c| other_script(c)) && !line.iter().any(|&c| is_cjk(c)) {
                for c in line.iter_mut().filter(|c| **c != '\t') {
                    *c = ' ';
                }
            }
        }
        start = end + 1;
    }
}

/// What a broken export put around every line: a line number at its start (`  12  …`,
/// numbered one by one) or straight quotation marks around each paragraph (`"……"`).
/// Returns the positions to blank, so that names and numbers read as on the page; none
/// unless nearly every line carries it (a quoted line here and there is text).
fn export_furniture(f: &[char]) -> Vec<usize> {
    let mut out = Vec::new();
    // Cheap test first (this runs on every page, twice): a quarter of the first 60 lines
    // must open on a digit or a quotation mark.
    let opens = f
        .split(|&c| c == '\n')
        .take(60)
        .filter(|l| {
            l.iter()
                .find(|c| !is_space(**c))
                .is_some_and(|c| c.is_ascii_digit() || *c == '"')
        })
        .count();
    if opens < 15 {
        return out;
    }
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &c) in f.iter().enumerate() {
        if c == '\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines.push((start, f.len()));
    if lines.len() < 20 {
        return out;
    }
    // Line numbers: k, k+1, … at the starts of (almost) all lines.
    let numbered: Vec<Option<(usize, u32)>> = lines
        .iter()
        .map(|&(a, b)| line_number(f.get(a..b).unwrap_or(&[])).map(|(e, n)| (a + e, n)))
        .collect();
    let in_order = numbered
        .windows(2)
        .filter(|w| matches!(w, [Some((_, x)), Some((_, y))] if *y == x + 1))
        .count();
    if in_order * 10 >= (lines.len() - 1) * 9 {
        for (&(a, _), n) in lines.iter().zip(&numbered) {
            if let Some((end, _)) = n {
                // The number and the gap after it.
                let gap = f
                    .get(*end..)
                    .map_or(0, |r| r.iter().take(2).take_while(|c| **c == ' ').count());
                out.extend(a..end + gap);
            }
        }
    }
    // Paragraphs in straight quotes.
    let quoted = |&(a, b): &(usize, usize)| {
        let t = f.get(a..b).unwrap_or(&[]);
        let first = t.iter().position(|c| !is_space(*c));
        let last = t.iter().rposition(|c| !is_space(*c));
        match (first, last) {
            (Some(x), Some(y)) if y > x && t.get(x) == Some(&'"') && t.get(y) == Some(&'"') => {
                Some((a + x, a + y))
            }
            _ => None,
        }
    };
    let text_lines = lines
        .iter()
        .filter(|&&(a, b)| f.get(a..b).is_some_and(|t| t.iter().any(|c| !is_space(*c))))
        .count();
    let marks: Vec<(usize, usize)> = lines.iter().filter_map(quoted).collect();
    if marks.len() >= 10 && marks.len() * 2 >= text_lines {
        for (x, y) in marks {
            out.extend([x, y]);
        }
    }
    out
}

/// A line number at the start of `line` (blanks, 1–4 digits, then a blank or the end):
/// where the digits end and the number.
fn line_number(line: &[char]) -> Option<(usize, u32)> {
    let lead = line.iter().take_while(|c| **c == ' ').count();
    let digits = line
        .iter()
        .skip(lead)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let after = line.get(lead + digits).copied();
    if !(1..=4).contains(&digits) || after.is_some_and(|c| c != ' ' && c != '\t') {
        return None;
    }
    let n = line
        .iter()
        .skip(lead)
        .take(digits)
        .fold(0u32, |n, c| n * 10 + c.to_digit(10).unwrap_or(0));
    Some((lead + digits, n))
}

/// Blanks [`export_furniture`] in `f`.
fn blank_export_furniture(f: &mut [char]) {
    for k in export_furniture(f) {
        if let Some(c) = f.get_mut(k) {
            *c = ' ';
        }
    }
}

/// HTML left in scraped text, read char for char (offsets stay exact): space entities
/// (`&nbsp;`), Markdown bold (`**`) and inline tags (`<span …>`, `</b>`) as spaces, `<br>` as a line break (which
/// the hard-wrap rule may join, like any line break), and block tags (`<p>`, `</div>`) as a
/// blank line, which ends the paragraph.
fn blank_markup(orig: &[char], f: &mut [char]) {
    let mut i = 0;
    while i < orig.len() {
        let (n, first, rest) = match orig.get(i) {
            Some('&') => (space_entity(orig, i), ' ', ' '),
            // Markdown bold left by a copy (**到2025年，…达到9件**).
            Some('*') if orig.get(i + 1) == Some(&'*') => (2, ' ', ' '),
            // A stylesheet rule left in the page (.TRS_Editor IMG{max-width:90%;}).
            Some('{') => (css_block(orig, i), ' ', ' '),
            Some('<') => match tag_at(orig, i) {
                Some((n, Tag::Block)) => (n, '\n', '\n'),
                Some((n, Tag::Break)) => (n, '\n', ' '),
                Some((n, Tag::Inline)) => (n, ' ', ' '),
                None => (0, ' ', ' '),
            },
            _ => (0, ' ', ' '),
        };
        if n == 0 {
            i += 1;
            continue;
        }
        for (k, c) in f.iter_mut().skip(i).take(n).enumerate() {
            *c = if k == 0 { first } else { rest };
        }
        i += n;
    }
}

/// `chars` with HTML tags and space entities blanked as [`Doc`] reads them, or `None`
/// when there are none.
pub fn without_markup(chars: &[char]) -> Option<Vec<char>> {
    let furniture = export_furniture(chars);
    let markup = chars.iter().any(|&c| matches!(c, '<' | '&' | '*' | '{'));
    if !markup && furniture.is_empty() {
        return None;
    }
    let mut out = chars.to_vec();
    if markup {
        blank_markup(chars, &mut out);
    }
    // (Line numbers and quotation marks of a broken export, too.)
    for k in furniture {
        if let Some(c) = out.get_mut(k) {
            *c = ' ';
        }
    }
    (out != chars).then_some(out)
}

/// The length of a CSS declaration block at `i` (`{border:0;max-width:90%;}`: ASCII only,
/// with a `:`, on one line), or 0.
fn css_block(orig: &[char], i: usize) -> usize {
    let Some(close) = (i + 1..orig.len().min(i + 300))
        .take_while(|&k| {
            orig.get(k)
                .is_some_and(|c| c.is_ascii() && !matches!(c, '\n' | '{'))
        })
        .find(|&k| orig.get(k) == Some(&'}'))
    else {
        return 0;
    };
    let inner = orig.get(i + 1..close).unwrap_or_default();
    if inner.contains(&':') {
        close + 1 - i
    } else {
        0
    }
}

/// The length of a space entity at `i` (`&nbsp;`, `&#160;`; the `;` is often lost), or 0.
fn space_entity(orig: &[char], i: usize) -> usize {
    const NAMES: &[&str] = &[
        "nbsp", "ensp", "emsp", "thinsp", "#160", "#xa0", "#12288", "#x3000",
    ];
    let at = |k: usize| orig.get(i + 1 + k).map(|c| c.to_ascii_lowercase());
    NAMES
        .iter()
        .find(|w| w.chars().enumerate().all(|(k, c)| at(k) == Some(c)))
        .map_or(0, |w| {
            let n = w.len() + 1;
            n + usize::from(orig.get(i + n) == Some(&';'))
        })
}

/// How an HTML tag reads in text.
enum Tag {
    /// `<p>`, `</div>`: a paragraph end.
    Block,
    /// `<br>`: a line break.
    Break,
    /// `<span …>`, `</b>`: nothing.
    Inline,
}

/// An HTML tag at `i` (`<br>`, `<br/>`, `</p>`, `<span style="…">`): its length and kind.
/// Only known tag names count, so `<=5` or `<5%` stay text.
fn tag_at(orig: &[char], i: usize) -> Option<(usize, Tag)> {
    const BLOCK: &[&str] = &[
        "p", "div", "li", "ul", "ol", "tr", "table", "tbody", "h1", "h2", "h3", "h4", "section",
    ];
    const INLINE: &[&str] = &[
        "span", "font", "strong", "b", "i", "em", "u", "a", "sup", "sub", "img", "small", "td",
        "th",
    ];
    let mut j = i + 1;
    if orig.get(j) == Some(&'/') {
        j += 1;
    }
    let name_end = (j..orig.len())
        .find(|&k| !orig.get(k).is_some_and(|c| c.is_ascii_alphanumeric()))
        .unwrap_or(orig.len());
    let name: String = orig
        .get(j..name_end)
        .unwrap_or_default()
        .iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let kind = if name == "br" {
        Tag::Break
    } else if BLOCK.contains(&name.as_str()) {
        Tag::Block
    } else if INLINE.contains(&name.as_str()) {
        Tag::Inline
    } else {
        return None;
    };
    // Attributes up to `>` on the same line, within reason.
    let end = (name_end..orig.len().min(name_end + 200))
        .take_while(|&k| !matches!(orig.get(k), Some('<' | '\n')))
        .find(|&k| orig.get(k) == Some(&'>'))?;
    Some((end + 1 - i, kind))
}

/// A short text to be searched for many words (a name against word lists): the chars it
/// holds, one bit each by code point mod 256, rule most words out before a search.
pub struct Hay<'a> {
    text: &'a str,
    chars: [u64; 4],
}

impl<'a> Hay<'a> {
    /// `text`, its chars noted.
    pub fn new(text: &'a str) -> Hay<'a> {
        let mut chars = [0u64; 4];
        for c in text.chars() {
            let (k, bit) = WordSet::slot(c);
            if let Some(m) = chars.get_mut(k) {
                *m |= bit;
            }
        }
        Hay { text, chars }
    }

    /// Whether `word` occurs in the text (as [`str::contains`] tells).
    pub fn has(&self, word: &str) -> bool {
        // (A word whose first or last char is not in the text does not occur in it.)
        let mut cs = word.chars();
        let ends = [cs.next(), cs.next_back()];
        ends.iter().flatten().all(|&c| WordSet::has(&self.chars, c)) && self.text.contains(word)
    }
}

/// A CJK ideograph.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Blank for trimming purposes.
pub fn is_space(c: char) -> bool {
    // (Nothing above U+3000 is white space but the BOM: Chinese text skips the table.)
    if c > '\u{3000}' {
        return c == '\u{FEFF}';
    }
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}')
}

/// Dashes and tildes that join the two ends of a range (8家—10家, 2-3个, 8~10家).
pub fn is_range_dash(c: char) -> bool {
    matches!(
        c,
        '—' | '–' | '-' | '~' | '―' | '－' | '～' | '〜' | '至' | '到'
    )
}

/// A number as written: its span and value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The value.
    pub value: f64,
    /// Written in Chinese numerals (三个, 两家).
    pub chinese: bool,
}

/// An Arabic number starting at `i` (digits, optional thousands commas and decimals).
pub fn arabic_at(doc: &Doc, i: usize) -> Option<Num> {
    if !doc.at(i).is_ascii_digit() {
        return None;
    }
    let mut j = i;
    let mut s = String::new();
    while j < doc.len() {
        let c = doc.at(j);
        if c.is_ascii_digit() {
            s.push(c);
            j += 1;
        } else if is_thousands_comma(doc, j) || c == '\n' && wrapped_in_number(doc, j, true) {
            j += 1;
        } else {
            break;
        }
    }
    if doc.at(j) == '.' && doc.at(j + 1).is_ascii_digit() && !numbers_a_year(doc, i, j) {
        s.push('.');
        j += 1;
        while doc.at(j).is_ascii_digit() {
            s.push(doc.at(j));
            j += 1;
        }
    }
    let value: f64 = s.parse().ok()?;
    value.is_finite().then_some(Num {
        start: i,
        end: j,
        value,
        chinese: false,
    })
}

/// Whether the '.' at `dot` after the digits from `i` numbers an item that opens with a
/// year (2.2026年、2027年…): one or two digits, then a year, not a decimal fraction.
fn numbers_a_year(doc: &Doc, i: usize, dot: usize) -> bool {
    dot - i <= 2
        && matches!((doc.at(dot + 1), doc.at(dot + 2)), ('1', '9') | ('2', '0'))
        && doc.slice(dot + 3, dot + 5).iter().all(char::is_ascii_digit)
        && doc.at(dot + 5) == '年'
}

/// Whether the line break at `j` cuts a number of running text, as a page wrapped at a
/// fixed width does (`…开放许可8⏎0项`, `培训…1200⏎人次`): the line before is prose that
/// ends in digits, and the next line goes on (with digits when `digits`, else with a
/// unit) and is more than a number alone (a table's cells stand one per line).
pub fn wrapped_in_number(doc: &Doc, j: usize, digits: bool) -> bool {
    if doc.at(j) != '\n' || j == 0 || !doc.at(j - 1).is_ascii_digit() {
        return false;
    }
    let next = doc.at(j + 1);
    if digits != next.is_ascii_digit() || !digits && !is_cjk(next) {
        return false;
    }
    // Prose before: a CJK char right before this line's digits. (Looked for over 32
    // chars at most: no plan figure is longer, and a run of digits is not read again
    // from each of its positions.)
    let run = (j.saturating_sub(32)..j)
        .rev()
        .take_while(|&k| doc.at(k).is_ascii_digit() || doc.at(k) == '.');
    let first = run.last().unwrap_or(j);
    if first == 0 || !is_cjk(doc.at(first - 1)) {
        return false;
    }
    // Text after: the next line holds a CJK char after its digits.
    let k = (j + 1..j + 12).find(|&k| !doc.at(k).is_ascii_digit() && doc.at(k) != '.');
    k.is_some_and(|k| is_cjk(doc.at(k)))
}

/// A comma between a digit and exactly three digits (12,000): a thousands separator,
/// not a clause break. A full-width comma (１２，０００, 1，200件, as some pages type
/// it) counts only after a group of one to three digits, since after a year or a longer
/// number (到2030，…) it is more likely a clause break.
pub fn is_thousands_comma(doc: &Doc, j: usize) -> bool {
    let comma = match doc.orig.get(j) {
        Some(',') => true,
        Some('，') => (1..=3).contains(&digits_before(doc, j)),
        _ => false,
    };
    comma && j > 0 && doc.at(j - 1).is_ascii_digit() && thousands_group(doc, j + 1)
}

/// How many digits stand right before `j` (up to four: enough to tell a group).
fn digits_before(doc: &Doc, j: usize) -> usize {
    (1..=4)
        .take_while(|&k| j >= k && doc.at(j - k).is_ascii_digit())
        .count()
}

/// Exactly three digits then a non-digit: a thousands group after a comma.
fn thousands_group(doc: &Doc, i: usize) -> bool {
    (0..3).all(|k| doc.at(i + k).is_ascii_digit()) && !doc.at(i + 3).is_ascii_digit()
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// A char that can start a Chinese numeral ([`chinese_at`] reads none elsewhere).
#[inline]
pub fn is_numeral(c: char) -> bool {
    cn_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

/// A Chinese numeral starting at `i` (三, 十二, 二十五, 一百, 两). Small counts only.
pub fn chinese_at(doc: &Doc, i: usize) -> Option<Num> {
    // Cheap exit first (this runs at most positions of a clause): no numeral here.
    if !is_numeral(doc.at(i)) {
        return None;
    }
    // 百分之六十: the 百 is the percent sign's, not a hundred.
    if ratio_words(doc, i).is_some() {
        return None;
    }
    let mut j = i;
    let mut total: u32 = 0;
    let mut cur: Option<u32> = None;
    loop {
        let c = doc.at(j);
        if let Some(d) = cn_digit(c) {
            if cur.is_some() {
                break;
            }
            cur = Some(d);
        } else if c == '十' || c == '百' || c == '千' {
            let mult = match c {
                '十' => 10,
                '百' => 100,
                _ => 1000,
            };
            total += cur.unwrap_or(1) * mult;
            cur = None;
        } else {
            break;
        }
        j += 1;
        if j - i > 6 {
            return None;
        }
    }
    if j == i {
        return None;
    }
    total += cur.unwrap_or(0);
    let mut value = f64::from(total);
    // 四万五千件: ten thousands, then the rest (a bare 四万 keeps 万 as its unit).
    if doc.at(j) == '万' && cn_digit(doc.at(j + 1)).is_some() {
        if let Some(rest) = chinese_at(doc, j + 1).filter(|r| r.end >= j + 3 && r.value < 1e4) {
            value = value * 1e4 + rest.value;
            j = rest.end;
        }
    }
    // 六十五点五: decimals digit by digit.
    if doc.at(j) == '点' && cn_digit(doc.at(j + 1)).is_some() {
        let mut scale = 0.1;
        j += 1;
        while let Some(d) = cn_digit(doc.at(j)) {
            value += f64::from(d) * scale;
            scale /= 10.0;
            j += 1;
        }
    }
    Some(Num {
        start: i,
        end: j,
        value,
        chinese: true,
    })
}

/// 百分之 / 千分之 / 万分之 at `i`: the unit they write out (%, ‰, ‱).
pub fn ratio_words(doc: &Doc, i: usize) -> Option<&'static str> {
    if doc.at(i + 1) != '分' || doc.at(i + 2) != '之' {
        return None;
    }
    match doc.at(i) {
        '百' => Some("%"),
        '千' => Some("‰"),
        '万' => Some("‱"),
        _ => None,
    }
}

/// A percentage written out, 百分之六十 or 百分之60: the number with unit `%` (the
/// 百分之 span is the unit's); 千分之五 in ‰, 万分之五 in ‱.
fn percent_words_at(doc: &Doc, i: usize) -> Option<Qty> {
    let unit = ratio_words(doc, i)?;
    let n = arabic_at(doc, i + 3).or_else(|| chinese_at(doc, i + 3))?;
    let mut j = n.end;
    // 百分之五到百分之八, 百分之五至八: a range.
    let mut high = None;
    let to = j + usize::from(matches!(doc.at(j), '到' | '至') || is_range_dash(doc.at(j)));
    if to > j {
        let k = if ratio_words(doc, to) == Some(unit) {
            to + 3
        } else {
            to
        };
        if let Some(h) = arabic_at(doc, k).or_else(|| chinese_at(doc, k)) {
            if h.value > n.value {
                high = Some(h.value);
                j = h.end;
            }
        }
    }
    // 百分之五左右: an approximate figure.
    if doc.starts(j, "左右") {
        j += 2;
    }
    let unit_end = j;
    let qual = QUALS.iter().find(|(q, _)| doc.starts(j, q)).map(|(q, op)| {
        j += q.chars().count();
        *op
    });
    Some(Qty {
        num: Num { start: i, ..n },
        high,
        unit: Some(unit),
        unit_span: Some((i, i + 3)),
        unit_end,
        qual,
        end: j,
        per_year: false,
    })
}

/// Units of plan targets, longest first where one is a prefix of another.
pub const UNITS: &[&str] = &[
    "个百分点",
    "件/万人",
    "个工作日",
    "万人次",
    "万条次",
    "万批次",
    "万台件",
    "万件次",
    "万家次",
    "万亿元",
    "亿美元",
    "万美元",
    "人次",
    "家次",
    "户次",
    "件次",
    "条次",
    "台件",
    "万件",
    "万台",
    "万套",
    "亿件",
    "千件",
    "万元",
    "亿元",
    "千元",
    "美元",
    "万人",
    "万户",
    "万家",
    "万个",
    "万次",
    "万项",
    "万名",
    "万场",
    "万册",
    "万份",
    "万条",
    "万笔",
    "万亩",
    "万吨",
    "万平方米",
    "万公顷",
    "个月",
    "场次",
    "批次",
    "个小时",
    "小时",
    "分钟",
    "工作日",
    "公顷",
    "平方米",
    "件",
    "个",
    "家",
    "项",
    "次",
    "名",
    "人",
    "所",
    "座",
    "条",
    "场",
    "期",
    "套",
    "款",
    "户",
    "位",
    "部",
    "台",
    "篇",
    // 上线微课100节: lessons (not 二十四节气).
    "节",
    // 组织集中执法行动4轮: rounds.
    "轮",
    // 上线课程不少于200门: courses.
    "门",
    "份",
    "本",
    "种",
    "类",
    "处",
    "亩",
    "吨",
    "天",
    "日",
    "周",
    "秒",
    "批",
    "届",
    "幢",
    "栋",
    // 设置知识产权宣传栏20块.
    "块",
    "册",
    "株",
    "元",
    "亿",
    "万",
    "%",
    "％",
    "‰",
    "支",
    "宗",
    "笔",
    "例",
    "起",
    "单",
    "首",
    "分",
    "部",
];

/// The unit written at `i`, if any (skips no spaces).
pub fn unit_at(doc: &Doc, i: usize) -> Option<(&'static str, usize)> {
    // Tried after every number: the list prepared once.
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    let k = SET
        .get_or_init(|| WordSet::new(UNITS))
        .starting_at(doc, i)?;
    UNITS.get(k).map(|u| (*u, i + u.chars().count()))
}

/// Whether `s` (the inside of a parenthesis) is a unit, e.g. 件, 亿元, %, 件/万人.
pub fn is_unit_text(s: &str) -> bool {
    if s.len() > 40 {
        return false;
    }
    let t: String = s.chars().map(fold).filter(|c| !is_space(*c)).collect();
    if t.is_empty() || t.chars().count() > 6 {
        return false;
    }
    UNITS.contains(&t.as_str()) || t.chars().all(|c| {
        "件个家项次名人元万亿千百%‰/所座条场期套户位部台篇本种类处亩吨天小时月日年美平方米公顷次人"
            .contains(c)
    })
}

/// A quantity: a number (or range) with its unit and trailing qualifier (以上, 以内 …).
#[derive(Debug, Clone, PartialEq)]
pub struct Qty {
    /// The (low) number.
    pub num: Num,
    /// High end of a range.
    pub high: Option<f64>,
    /// The unit in its folded spelling (for matching).
    pub unit: Option<&'static str>,
    /// Where the unit is written (for output: units stay as written, 萬件 and 万件 alike).
    pub unit_span: Option<(usize, usize)>,
    /// Where the unit (or the number, without unit) ends.
    pub unit_end: usize,
    /// Operator given by a trailing qualifier (以上 → >=, 以内 → <=).
    pub qual: Option<Op>,
    /// One past the whole token including the qualifier.
    pub end: usize,
    /// Written as a yearly rate (100件/年).
    pub per_year: bool,
}

/// Trailing qualifiers and their operators.
const QUALS: &[(&str, Op)] = &[
    ("(及以上)", Op::Ge),
    ("(以上)", Op::Ge),
    ("及以上", Op::Ge),
    ("以上", Op::Ge),
    ("及以下", Op::Le),
    ("以下", Op::Le),
    ("以内", Op::Le),
    ("之内", Op::Le),
];

/// A quantity token starting with the number at `i`.
pub fn qty_at(doc: &Doc, i: usize, allow_chinese: bool) -> Option<Qty> {
    if let Some(q) = percent_words_at(doc, i) {
        return Some(q);
    }
    let num = arabic_at(doc, i).or_else(|| {
        if allow_chinese {
            chinese_at(doc, i)
        } else {
            None
        }
    })?;
    let mut j = num.end;
    // 3&nbsp;件, 3　件: a non-breaking or ideographic space between number and unit (a
    // plain space there is more often a table's cell break).
    let k = (j..j + 12)
        .find(|&k| doc.at(k) != ' ' || matches!(doc.orig.get(k), Some(' ' | '\t')))
        .unwrap_or(j);
    if k > j && unit_at(doc, k).is_some() {
        j = k;
    }
    // 1200⏎人次: a unit on the next line of a wrapped page.
    if wrapped_in_number(doc, j, false) && unit_at(doc, j + 1).is_some() {
        j += 1;
    }
    // 200余家, 1000多项: an approximate count.
    if matches!(doc.at(j), '余' | '多') && unit_at(doc, j + 1).is_some() {
        j += 1;
    }
    let mut unit = unit_at(doc, j);
    // 一起 is "together" (发现一起、处置一起 a slogan), not one case.
    if doc.at(i) == '一' && num.end == i + 1 && unit.is_some_and(|(u, _)| u == "起") {
        return None;
    }
    let mut unit_span = unit.map(|(_, e)| (j, e));
    if let Some((u, e)) = unit {
        j = e;
        // 5万余件: the approximation sits inside the unit.
        if matches!(u, "万" | "亿") && matches!(doc.at(j), '余' | '多') {
            if let Some((v, e2)) = unit_at(doc, j + 1) {
                let whole = UNITS.iter().find(|w| w.strip_prefix(u) == Some(v));
                if let Some(w) = whole {
                    unit = Some((w, e2));
                    unit_span = Some((num.end, e2));
                    j = e2;
                }
            }
        }
    }
    let mut high = None;
    // A range: 8家—10家, 2—3个, 8至10家. Dashes may be doubled (——).
    let mut k = j;
    let mut dashes = 0;
    while is_range_dash(doc.at(k)) && dashes < 2 {
        k += 1;
        dashes += 1;
    }
    if dashes > 0 {
        let hi = if num.chinese {
            chinese_at(doc, k)
        } else {
            arabic_at(doc, k)
        };
        if let Some(hi) = hi {
            let hunit = unit_at(doc, hi.end);
            // 10亿—15亿元: the shorter unit is a prefix of the longer one.
            let compatible = match (unit, hunit) {
                (Some((a, _)), Some((b, _))) => b.starts_with(a),
                (Some(_), None) => false,
                _ => true,
            };
            if compatible && hi.value >= num.value {
                high = Some(hi.value);
                j = hi.end;
                if let Some((u, e)) = hunit {
                    unit = Some((u, e));
                    unit_span = Some((hi.end, e));
                    j = e;
                }
            }
        }
    }
    let mut per_year = false;
    if unit.is_some() && doc.starts(j, "/年") {
        per_year = true;
        j += 2;
    }
    // 50家左右: an approximate figure; the operator stays whatever the verb says.
    if doc.starts(j, "左右") {
        j += 2;
    }
    // 保持在85%—90%区间 / 之间: the words of a range, not a name.
    for w in ["区间", "之间", "范围内"] {
        if high.is_some() && doc.starts(j, w) {
            j += w.chars().count();
            break;
        }
    }
    // 突破10万件大关: the mark passed, not a name.
    if doc.starts(j, "大关") {
        j += 2;
    }
    let unit_end = j;
    let mut qual = None;
    // 95%[2]以上, 95% 以上: a footnote mark or a blank may stand before the qualifier.
    let at = skip_footnote(doc, j);
    let at = at + (at..at + 2).take_while(|&k| doc.at(k) == ' ').count();
    for (q, op) in QUALS {
        if doc.starts(at, q) {
            qual = Some(*op);
            j = at + q.chars().count();
            break;
        }
    }
    let j = skip_footnote(doc, j);
    Some(Qty {
        num,
        high,
        unit: unit.map(|(u, _)| u),
        unit_span,
        unit_end,
        qual,
        end: j,
        per_year,
    })
}

/// Skips a footnote marker written after a quantity (18.6件①, 30家[1], 9000件［注1］,
/// 12%*, 5个^2).
pub fn skip_footnote(doc: &Doc, i: usize) -> usize {
    let c = doc.at(i);
    if ('①'..='⑳').contains(&c) || matches!(c, '*' | '※' | '＊') {
        return i + 1;
    }
    let digits = |k: usize| {
        (k..k + 3)
            .take_while(|&j| doc.at(j).is_ascii_digit())
            .count()
    };
    match c {
        '[' => {
            // ([注1]: a note's number.)
            let k = i + 1 + usize::from(doc.at(i + 1) == '注');
            let d = digits(k);
            if (1..=2).contains(&d) && doc.at(k + d) == ']' {
                return k + d + 1;
            }
        }
        '^' => {
            let d = digits(i + 1);
            if (1..=2).contains(&d) {
                return i + d + 1;
            }
        }
        _ => {}
    }
    i
}

/// A four-digit year (1949–2099) written at `i` followed by 年, e.g. 2025年 or 二〇二五年.
pub fn year_at(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    // Both forms are four chars and 年: tested first, as this runs at every position of
    // a sentence.
    if doc.at(i + 4) != '年' {
        return None;
    }
    if let Some(y) = chinese_year_at(doc, i) {
        return Some(y);
    }
    // Exactly four digits then 年 (what `arabic_at` would read as a four-digit number
    // followed by 年), checked in constant time (`arabic_at` would scan a whole digit
    // run each time).
    let mut y: i32 = 0;
    for k in i..i + 4 {
        let d = doc
            .at(k)
            .to_digit(10)
            .filter(|_| doc.at(k).is_ascii_digit())?;
        y = y * 10 + d as i32;
    }
    (1949..=2099).contains(&y).then_some((y, i + 5))
}

/// A year in Chinese digits, one per position: 二〇二五年.
fn chinese_year_at(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    let mut y: i32 = 0;
    for k in 0..4 {
        let d = match doc.at(i + k) {
            '〇' | '零' | '○' => 0,
            c => cn_digit(c).filter(|_| c != '两')? as i32,
        };
        y = y * 10 + d;
    }
    ((1949..=2099).contains(&y) && doc.at(i + 4) == '年').then_some((y, i + 5))
}

/// A bare four-digit year cell such as `2020`, `2025年`, `2025年目标`.
pub fn year_cell(s: &str) -> Option<i32> {
    // Cheap exits first: this runs on every line of the text.
    if s.len() > 48 {
        return None;
    }
    // (As chars, copied once: the digits and the words around them are parts of it.)
    let t: Vec<char> = s.chars().map(fold).filter(|c| !is_space(*c)).collect();
    if t.len() > 12 {
        return None;
    }
    let start = t.iter().position(|c| c.is_ascii_digit())?;
    let after = t.get(start..).unwrap_or(&[]);
    if after.iter().take_while(|c| c.is_ascii_digit()).count() != 4 {
        return None;
    }
    let rest = || {
        (t.get(..start).unwrap_or(&[]).iter())
            .chain(t.get(start + 4..).unwrap_or(&[]))
            .copied()
    };
    // Header words around the year: 2025年目标, 基期值(2020年), 2020年(基数), 2025年(预计),
    // 第一阶段(2026年), 2028年中期目标.
    let header_word = |c: char| {
        "年()基期准目标值数现状规划预期计估测统阶段远景实际完成底末本力争第一二三四五中".contains(c)
    };
    if !rest().all(header_word) || (start > 0 && !rest().any(|c| c == '年')) {
        return None;
    }
    let y = (after.iter().take(4))
        .filter_map(|c| c.to_digit(10))
        .fold(0, |y, d| y * 10 + d as i32);
    (1949..=2099).contains(&y).then_some(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Line numbers and quoted paragraphs of a broken export are blanked only when nearly
    /// every line carries them; a line in another script is blanked, a Chinese one not.
    #[test]
    fn export_furniture_and_other_scripts() {
        let numbered: String = (1..=30)
            .map(|n| format!("{n:>3}  第{n}行，达到{n}件。\n"))
            .collect();
        let doc = Doc::new(&numbered);
        let first_line: String = doc.f.iter().take_while(|c| **c != '\n').collect();
        assert_eq!(first_line.trim(), "第1行,达到1件。");
        // (A text whose lines start with a count is no numbered export.)
        let counts: String = (1..=30).map(|n| format!("{} 家企业。\n", n * 3)).collect();
        assert_eq!(Doc::new(&counts).f.first(), Some(&'3'));
        let quoted: String = (0..24).map(|_| "\"　　推进工作，达到5件。\"\n").collect();
        let doc = Doc::new(&quoted);
        assert!(!doc.f.contains(&'"'));
        let few = format!("{}\"引用一句\"\n", "正文一行。\n".repeat(30));
        assert!(Doc::new(&few).f.contains(&'"'));
        let bilingual = "序号\t2028年\nرەت\t2028-يىل\n1\t每万人口\t5\n";
        let f: String = Doc::new(bilingual).f.iter().collect();
        assert_eq!(f.lines().nth(1).map(str::trim), Some(""));
        assert!(f.lines().next().is_some_and(|l| l.contains("2028年")));
    }

    #[test]
    fn year_header_cells() {
        for (cell, year) in [
            ("2025年（预计）", Some(2025)),
            ("第二阶段（2027年）", Some(2027)),
            ("2025年预计值", Some(2025)),
            ("2028年阶段目标", Some(2028)),
            ("2028年中期目标", Some(2028)),
            ("2035年远景目标", Some(2035)),
            ("基期值(2025年)", Some(2025)),
            ("2025年统计值", Some(2025)),
            ("2025年增长", None),
            ("2025年12月", None),
        ] {
            assert_eq!(year_cell(cell), year, "{cell}");
        }
    }

    #[test]
    fn folds_full_width() {
        let d = Doc::new("达到１２．５％（件）");
        assert_eq!(d.fstr(0, d.len()), "达到12.5%(件)");
        assert_eq!(d.orig.len(), d.f.len());
    }

    #[test]
    fn ranges_and_units() {
        let d = Doc::new("8家—10家以上");
        let q = qty_at(&d, 0, false).unwrap();
        assert_eq!((q.num.value, q.high, q.unit), (8.0, Some(10.0), Some("家")));
        assert_eq!(q.qual, Some(Op::Ge));
        let d = Doc::new("2—3个");
        let q = qty_at(&d, 0, false).unwrap();
        assert_eq!((q.num.value, q.high, q.unit), (2.0, Some(3.0), Some("个")));
        let d = Doc::new("8.5万件");
        let q = qty_at(&d, 0, false).unwrap();
        assert_eq!((q.num.value, q.unit), (8.5, Some("万件")));
    }

    #[test]
    fn chinese_numerals() {
        let d = Doc::new("二十五个");
        assert_eq!(chinese_at(&d, 0).map(|n| n.value), Some(25.0));
        let d = Doc::new("两家");
        assert_eq!(chinese_at(&d, 0).map(|n| n.value), Some(2.0));
        let d = Doc::new("一百");
        assert_eq!(chinese_at(&d, 0).map(|n| n.value), Some(100.0));
        let d = Doc::new("百分之六十五点五以上");
        let q = qty_at(&d, 0, true).unwrap();
        assert_eq!(
            (q.num.value, q.unit, q.qual),
            (65.5, Some("%"), Some(Op::Ge))
        );
    }

    /// Word sets answer as the plain word-by-word tests do, at every position.
    #[test]
    fn word_sets_match_the_plain_tests() {
        let text = "到2025年新增万件10亿元以上，建成2个、培育100家；达到或超过8件/万人不少于\
                    50个百分点，有效发明专利数量达到，个工作日万人次件次以来年来以上";
        let d = Doc::new(text);
        let words = [
            "达到",
            "达到或超过",
            "不少于",
            "件",
            "万件",
            "个百分点",
            "以上",
            "年来",
        ];
        let set = WordSet::new(&words);
        let units = WordSet::new(UNITS);
        for i in 0..=d.len() + 1 {
            let starts = words.iter().position(|w| d.starts(i, w));
            assert_eq!(set.starting_at(&d, i), starts, "starting at {i}");
            let unit = UNITS.iter().position(|u| d.starts(i, u));
            assert_eq!(units.starting_at(&d, i), unit, "unit at {i}");
            for min in [0, 3, i.saturating_sub(2)] {
                let ends = words.iter().position(|w| d.ends(min, i, w));
                assert_eq!(set.ending_at(&d, min, i), ends, "ending at {i} from {min}");
            }
            for j in i..=d.len() {
                let s = d.fstr(i, j);
                let plain = words.iter().any(|w| s.contains(w));
                assert_eq!(d.contains_any(i, j, &set), plain, "in {i}..{j}");
            }
        }
        assert!(d.contains_any(0, 0, &WordSet::new(&[""])));
    }
}
