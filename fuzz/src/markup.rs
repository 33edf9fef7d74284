//! A small HTML tag scanner: finds every element and attribute an injection could create in
//! widget markup. Shared by `tests/hardening.rs` and the `render` fuzz target.
#![allow(dead_code)]

/// One start tag: lower-cased name and attributes (name lower-cased, raw value).
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

/// The start tags of `html`, read the way a browser's tokenizer splits them (enough to
/// see every element and attribute an injection could create), or why it is not safe
/// markup: comments, CDATA and processing instructions are refused outright.
///
/// Works on bytes between ASCII delimiters (always char boundaries) and jumps from `<` to
/// `<` with `str::find`, so that it stays cheap inside an instrumented fuzz target.
pub fn scan_tags(html: &str) -> Result<Vec<Tag>, String> {
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(off) = html.get(i..).and_then(|h| h.find('<')) {
        let at = i + off;
        let rest = &html[at + 1..];
        match rest.as_bytes().first().copied().unwrap_or(b' ') {
            b'!' | b'?' => {
                let doctype = rest
                    .get(..14)
                    .is_some_and(|d| d.eq_ignore_ascii_case("!doctype html>"));
                if !doctype {
                    let show: String = rest.chars().take(14).collect();
                    return Err(format!("markup declaration at byte {at}: <{show:?}"));
                }
                i = at + 15;
            }
            b'/' => i = at + 1 + rest.find('>').map_or(rest.len(), |e| e + 1),
            c if c.is_ascii_alphabetic() => {
                let (tag, used) = read_tag(rest);
                tags.push(tag);
                i = at + 1 + used;
            }
            // `<` not followed by a letter is text to a browser, but we never emit it raw.
            _ => return Err(format!("raw '<' in text at byte {at}")),
        }
    }
    Ok(tags)
}

/// Reads a start tag's name and attributes from `s` (just after the `<`); returns it and
/// the number of bytes used, including the closing `>`.
pub fn read_tag(s: &str) -> (Tag, usize) {
    let b = s.as_bytes();
    let stop = |c: u8| c.is_ascii_whitespace() || c == b'/' || c == b'>';
    let mut i = b.iter().position(|&c| stop(c)).unwrap_or(b.len());
    let name = s[..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() || b[i] == b'>' {
            return (Tag { name, attrs }, (i + 1).min(b.len()));
        }
        let start = i;
        while i < b.len() && !stop(b[i]) && b[i] != b'=' {
            i += 1;
        }
        let attr = s[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            match b.get(i) {
                Some(&q) if q == b'"' || q == b'\'' => {
                    let end = s[i + 1..].find(q as char).map_or(b.len(), |e| i + 1 + e);
                    value.push_str(&s[i + 1..end]);
                    i = (end + 1).min(b.len());
                }
                _ => {
                    let start = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value.push_str(&s[start..i]);
                }
            }
        }
        attrs.push((attr, value));
    }
}

/// Elements a widget may emit. Anything else in the output came from data.
pub const ALLOWED_TAGS: &[&str] = &[
    "div",
    "span",
    "p",
    "ul",
    "ol",
    "li",
    "code",
    "strong",
    "em",
    "small",
    "b",
    "abbr",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "col",
    "colgroup",
    "button",
    "input",
    "label",
    "select",
    "option",
    "output",
    "form",
    "fieldset",
    "legend",
    "a",
    "svg",
    "g",
    "path",
    "circle",
    "line",
    "rect",
    "text",
    "tspan",
    "title",
    "desc",
    "meter",
    "progress",
    "figure",
    "figcaption",
    "details",
    "summary",
    "time",
    "data",
    "html",
    "head",
    "meta",
    "link",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "section",
    "header",
    "footer",
    "nav",
    "main",
    "dl",
    "dt",
    "dd",
    "br",
];

/// Whether `url` would run script (`javascript:` with any case, spaces or control chars).
pub fn is_script_url(url: &str) -> bool {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:text/html"]
        .iter()
        .any(|p| squeezed.contains(p))
        || squeezed.contains("&#")
}

/// Everything that makes widget markup unsafe, as readable findings (empty: safe).
pub fn unsafe_markup(html: &str) -> Vec<String> {
    let mut bad = Vec::new();
    let lower = html.to_ascii_lowercase();
    if lower.contains("<script") {
        bad.push("raw <script".to_string());
    }
    let tags = match scan_tags(html) {
        Ok(t) => t,
        Err(e) => {
            bad.push(e);
            return bad;
        }
    };
    for t in &tags {
        if !ALLOWED_TAGS.contains(&t.name.as_str()) {
            bad.push(format!("element <{}>", t.name));
        }
        if t.name == "svg"
            && !t
                .attrs
                .iter()
                .any(|(n, v)| n == "class" && v.starts_with("pm-"))
        {
            bad.push("an <svg> without a pm- class (not the widget's own)".into());
        }
        for (n, v) in &t.attrs {
            if n.starts_with("on") {
                bad.push(format!("event handler attribute {n}= on <{}>", t.name));
            }
            if n == "style" || n == "srcdoc" || n == "formaction" {
                bad.push(format!("attribute {n}= on <{}>", t.name));
            }
            let urlish = ["href", "src", "xlink:href", "action", "data", "poster"];
            if urlish.contains(&n.as_str()) && is_script_url(v) {
                bad.push(format!("script URL in {n}={v:?}"));
            }
            if !n
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':' || c == '_')
            {
                bad.push(format!("odd attribute name {n:?} on <{}>", t.name));
            }
        }
    }
    bad
}

/// The text of `html` with tags dropped and entities decoded (what a reader sees).
pub fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    decode_entities(&out)
}

pub fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let ent = end.map(|e| &rest[1..e]);
        let c = match ent {
            Some("amp") => Some('&'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("quot") => Some('"'),
            Some("apos") => Some('\''),
            Some(e) if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            Some(e) if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (c, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Numbers a widget must never show: `NaN` or `inf` as a word (not inside a longer word
/// like `info`; only when `words`, i.e. when the data itself holds no such text), and
/// `aria-value*` attributes that are not finite numbers.
pub fn bad_numbers(html: &str, words: bool) -> Vec<String> {
    let mut bad = Vec::new();
    let lower = html.to_ascii_lowercase();
    for word in ["nan", "inf"].into_iter().filter(|_| words) {
        for (i, _) in lower.match_indices(word) {
            let before = lower[..i].chars().next_back().unwrap_or(' ');
            let after = lower[i + word.len()..].chars().next().unwrap_or(' ');
            if !before.is_ascii_alphabetic() && !after.is_ascii_alphabetic() {
                bad.push(format!("shows {word:?} at byte {i}"));
            }
        }
    }
    for t in scan_tags(html).unwrap_or_default() {
        for (n, v) in &t.attrs {
            let numeric = n.starts_with("aria-value") && n != "aria-valuetext";
            if numeric && !v.parse::<f64>().is_ok_and(f64::is_finite) {
                bad.push(format!("{n}={v:?}"));
            }
        }
    }
    bad
}
