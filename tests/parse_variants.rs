//! Metamorphic tests: the same plan scraped differently must give the same indicators.
//! Each seed is rewritten — full-width digits and punctuation, single line breaks
//! instead of blank lines, Windows line endings, a byte-order mark — and the parse of the
//! rewrite is compared with the parse of the original (names compared after folding,
//! every target, unit, baseline and flag compared exactly). Quotes must stay exact at
//! their offsets in the rewritten text.

use planmeter::parse::name_key;
use planmeter::{parse, Indicator};

fn seeds() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into());
            (name, std::fs::read_to_string(&p).expect("seed readable"))
        })
        .collect();
    v.sort();
    v
}

/// What must not change: folded name, targets, unit, baseline, flags, attribute.
fn canon(ind: &Indicator) -> String {
    let unit: String = ind
        .unit
        .as_deref()
        .unwrap_or("-")
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    format!(
        "{} | {:?} | {unit} | {:?} | {:?} | {} {} {:?}",
        name_key(&ind.name),
        ind.targets,
        ind.baseline.as_ref().map(|b| (b.year, b.value)),
        ind.growth,
        ind.cumulative,
        ind.per_year,
        ind.attribute
    )
}

fn check_variant(label: &str, name: &str, original: &str, variant: &str) {
    let want: Vec<String> = parse(original).plan.indicators.iter().map(canon).collect();
    let got_plan = parse(variant).plan;
    let chars: Vec<char> = variant.chars().collect();
    for ind in &got_plan.indicators {
        let src = ind
            .source
            .as_ref()
            .expect("parsed indicators have a source");
        let at: String = chars
            .iter()
            .skip(src.offset)
            .take(src.quote.chars().count())
            .collect();
        assert_eq!(at, src.quote, "{label} {name}: quote not at offset");
    }
    let got: Vec<String> = got_plan.indicators.iter().map(canon).collect();
    let missing: Vec<&String> = want.iter().filter(|w| !got.contains(w)).collect();
    let extra: Vec<&String> = got.iter().filter(|g| !want.contains(g)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{label} {name}:\n  missing {missing:#?}\n  extra {extra:#?}"
    );
}

fn full_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' | ',' | ':' | ';' | '(' | ')' | '%' | '.' => {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

fn single_breaks(text: &str) -> String {
    text.split('\n')
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn full_width_digits_and_punctuation() {
    for (name, text) in seeds() {
        check_variant("full-width", &name, &text, &full_width(&text));
    }
}

#[test]
fn single_line_breaks() {
    for (name, text) in seeds() {
        check_variant("single breaks", &name, &text, &single_breaks(&text));
    }
}

#[test]
fn windows_line_endings_and_bom() {
    for (name, text) in seeds() {
        let variant = format!("\u{FEFF}{}", text.replace('\n', "\r\n"));
        check_variant("crlf+bom", &name, &text, &variant);
    }
}
