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
for set in holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10; do
  python3 ../shared/tools/score.py --gold "tests/$set/gold" --docs "tests/$set/docs" \
    --cmd "target/release/planmeter parse {}" --min-f1 0.95
done
python3 tests/check_gold.py --gold tests/holdout/gold --docs tests/holdout/docs
python3 tests/check_gold.py --gold tests/holdout2/gold --docs tests/holdout2/docs
python3 tests/check_gold.py --gold tests/holdout3/gold --docs tests/holdout3/docs
python3 tests/check_gold.py --gold tests/holdout4/gold --docs tests/holdout4/docs
python3 tests/check_gold.py --gold tests/holdout5/gold --docs tests/holdout5/docs
python3 tests/check_gold.py --gold tests/holdout6/gold --docs tests/holdout6/docs
python3 tests/check_gold.py --gold tests/holdout7/gold --docs tests/holdout7/docs
python3 tests/check_gold.py --gold tests/holdout8/gold --docs tests/holdout8/docs
python3 tests/check_gold.py --gold tests/holdout9/gold --docs tests/holdout9/docs
python3 tests/check_gold.py --gold tests/holdout10/gold --docs tests/holdout10/docs

step "browser tests"
bash tests/e2e/run.sh

step "benchmark smoke run (10,000 rows; checks the harness works, not the goals)"
BENCH_QUICK=1 BENCH_SKIP_BUILD=1 bash scripts/bench.sh

echo
echo "== test: all passed"
