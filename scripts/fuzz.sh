#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/, one after another, each for SECONDS (default 600).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      targets: parse load assess render float (default: all)
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`, which scripts/setup.sh may also do).
# cargo-fuzz passes nightly-only flags (-Z sanitizer, -Z instrument-coverage options) to
# rustc; RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them, so no nightly is needed.
#
# The fuzzers run under `nice -n 19`, one at a time: shared machines stay responsive.
# New corpus entries go to fuzz/corpus/TARGET (gitignored), crashes to
# fuzz/artifacts/TARGET/ (gitignored): copy a minimized crash into tests/regressions/ and
# replay it from tests/hardening.rs. Minimize with
#   RUSTC_BOOTSTRAP=1 cargo fuzz tmin -s none TARGET fuzz/artifacts/TARGET/crash-…
#
# Environment: SANITIZER (default none: the crate has no unsafe code, so ASan only costs
# speed; set SANITIZER=address to use it), FUZZ_ARGS (extra libFuzzer flags).
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(parse load assess render float)
sanitizer="${SANITIZER:-none}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: cargo-fuzz is missing; run: cargo install cargo-fuzz" >&2
  exit 2
fi

failed=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  corpus=("fuzz/corpus/$t")
  [ -d "fuzz/seeds/$t" ] && corpus+=("fuzz/seeds/$t")
  dict=()
  [ -f "fuzz/seeds/$t.dict" ] && dict=("-dict=fuzz/seeds/$t.dict")
  echo "== fuzz: $t for ${secs}s (sanitizer: $sanitizer)"
  start=$(date +%s)
  # -timeout: an input that takes 10 s is a bug (quadratic path) and is saved as a crash.
  if ! nice -n 19 cargo fuzz run --fuzz-dir fuzz -s "$sanitizer" "$t" "${corpus[@]}" -- \
      -max_total_time="$secs" -timeout=10 -max_len=8192 -print_final_stats=1 \
      "${dict[@]}" ${FUZZ_ARGS:-}; then
    failed+=("$t")
  fi
  echo "== fuzz: $t ran $(( $(date +%s) - start ))s"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashes or errors in: ${failed[*]} (see fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz.sh: no crashes"
