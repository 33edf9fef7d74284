//! Any text → `planmeter::float::parse`, checked against the standard library's parser.
//!
//! Invariant: where ours gives a number, it is bit for bit std's; where std gives a number
//! for a text without `inf`/`nan` words, ours gives one too (ours rejects only those words,
//! which JSON does not have).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let ours = planmeter::float::parse(s).map(f64::to_bits);
    let std = s.parse::<f64>().ok();
    let words = s.bytes().any(|b| b.is_ascii_alphabetic() && !matches!(b, b'e' | b'E'));
    match (ours, std) {
        (Some(o), Some(t)) => assert_eq!(o, t.to_bits(), "{s:?}"),
        (Some(_), None) => panic!("accepted what std rejects: {s:?}"),
        (None, Some(t)) => assert!(words, "rejected {s:?} (std: {t})"),
        (None, None) => {}
    }
});
