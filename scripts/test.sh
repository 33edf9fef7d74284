#!/usr/bin/env bash
# Every test: formatting, lints, native tests (core, parser specs/snapshots, CLI), the parser
# score on the seeds, the wasm build, and the browser tests (wasm-bindgen-test + end-to-end
# pages in headless Chromium). Run scripts/setup.sh once first on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
step() { printf '\n== test: %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native and wasm32, warnings are errors)"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings

step "cargo test (native)"
cargo test --all-targets
cargo test --doc

step "parser score on the seeds (gold annotations)"
cargo build --release --bin planmeter
python3 ../shared/tools/score.py --gold ../shared/gold --docs seeds \
  --cmd "target/release/planmeter parse {}" --min-f1 0.95

step "parser score on the held-out corpus (documents the parser was not tuned on)"
# Every set under tests/ (holdout, holdout2, … — new sets are picked up as they land).
sets=$(cd tests && ls -d holdout* | sort -V | tr '\n' ' ')
for set in $sets; do
  python3 ../shared/tools/score.py --gold "tests/$set/gold" --docs "tests/$set/docs" \
    --cmd "target/release/planmeter parse {}" --min-f1 0.95
done
for set in $sets; do
  python3 tests/check_gold.py --gold "tests/$set/gold" --docs "tests/$set/docs"
done

step "browser tests"
bash tests/e2e/run.sh

step "benchmark smoke run (10,000 rows; checks the harness works, not the goals)"
BENCH_QUICK=1 BENCH_SKIP_BUILD=1 bash scripts/bench.sh

echo
echo "== test: all passed"
