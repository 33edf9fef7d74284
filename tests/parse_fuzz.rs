//! Fuzz-style totality test: random strings and mutated seed texts (cut, spliced, chars
//! replaced or duplicated, digits injected). `parse` must never panic, every quote must be
//! exact at its offset, and indicator ids must be unique. A fixed-seed xorshift PRNG keeps
//! the run reproducible; set `FUZZ_CASES=N` to run more cases.

use planmeter::parse;
use std::collections::BTreeSet;

/// xorshift64*: tiny, deterministic, good enough to shuffle inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Pieces that exercise the scanners: numbers, units, operators, brackets, headings.
const PIECES: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "9",
    "2025",
    "2020年",
    "12.5",
    "１２",
    "，",
    ",",
    "。",
    "、",
    "；",
    "：",
    "\n",
    "\n\n",
    " ",
    "\t",
    "|",
    "达到",
    "超过",
    "突破",
    "以上",
    "不低于",
    "以内",
    "年均增长",
    "%",
    "％",
    "件",
    "家",
    "个",
    "万件",
    "亿元",
    "亿",
    "万",
    "—",
    "-",
    "~",
    "至",
    "〔",
    "〕",
    "《",
    "》",
    "(",
    ")",
    "（",
    "）",
    "专栏",
    "第一阶段",
    "一、",
    "(一)",
    "1.",
    "注：",
    "①",
    "分别",
    "和",
    "累计",
    "每年",
    "翻一番",
    "零突破",
    "较",
    "十三五",
    "十四五",
    "发展基础",
    "培育",
    "建成",
    "全市",
    "专利",
    "商标",
    "指标",
    "属性",
    "预期性",
    "約束性",
    "萬",
    "達到",
    "的",
    "等",
    "第",
    "号",
    "〔2021〕",
    "年",
    "月",
    "日",
    "两",
    "三",
    "十",
    "百",
    ">",
    "≥",
    "😀",
    "\u{301}",
    "\u{FEFF}",
    "\r\n",
    "\u{3000}",
    "——",
    "由",
    "提高到",
    "了",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(80);
    (0..n).map(|_| *rng.pick(PIECES)).collect()
}

fn seeds() -> Vec<Vec<char>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            std::fs::read_to_string(p)
                .expect("seed readable")
                .chars()
                .collect()
        })
        .collect()
}

/// A window of a seed, mutated.
fn mutated(rng: &mut Rng, seeds: &[Vec<char>]) -> String {
    let s = rng.pick(seeds);
    let len = 1 + rng.below(2500);
    let start = rng.below(s.len());
    let mut v: Vec<char> = s[start..(start + len).min(s.len())].to_vec();
    for _ in 0..rng.below(12) {
        if v.is_empty() {
            break;
        }
        let i = rng.below(v.len());
        match rng.below(6) {
            0 => v[i] = char::from(b'0' + rng.below(10) as u8),
            1 => {
                let c = v[i];
                v.insert(i, c);
            }
            2 => {
                v.remove(i);
            }
            3 => v.splice(i..i, rng.pick(PIECES).chars()).for_each(drop),
            4 => {
                // Splice in a piece of another seed.
                let o = rng.pick(seeds);
                let a = rng.below(o.len());
                let b = (a + rng.below(300)).min(o.len());
                v.splice(i..i, o[a..b].iter().copied()).for_each(drop);
            }
            _ => v.truncate(i),
        }
    }
    v.into_iter().collect()
}

fn check(text: &str) {
    let parsed = parse(text);
    let chars: Vec<char> = text.chars().collect();
    let mut ids = BTreeSet::new();
    for ind in &parsed.plan.indicators {
        assert!(
            ids.insert(ind.id.clone()),
            "duplicate id {} in {text:?}",
            ind.id
        );
        if let Some(s) = &ind.source {
            let n = s.quote.chars().count();
            let got: String = chars.iter().skip(s.offset).take(n).collect();
            assert_eq!(got, s.quote, "quote not at offset {} in {text:?}", s.offset);
        }
        for t in &ind.targets {
            assert!(
                t.value.is_none_or(f64::is_finite),
                "non-finite value in {text:?}"
            );
        }
    }
}

#[test]
fn never_panics_and_quotes_are_exact() {
    let cases: usize = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let seeds = seeds();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for k in 0..cases {
        let text = if k % 2 == 0 {
            random_text(&mut rng)
        } else {
            mutated(&mut rng, &seeds)
        };
        check(&text);
    }
}

#[test]
fn edge_inputs() {
    for text in [
        "",
        "\n",
        "达到",
        "2025",
        "1—",
        "—1",
        "〔",
        "《",
        "分别达到1件、",
        "由1件提高到",
    ] {
        check(text);
    }
    check(&"9".repeat(5000));
    check(&"达到1件，".repeat(500));
}
