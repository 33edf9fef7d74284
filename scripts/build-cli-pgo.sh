#!/usr/bin/env bash
# Builds the profile-guided CLI: target/pgo/release/planmeter.
#
# The same code as target/release/planmeter, compiled a second time with a profile of the
# parser at work (rustc -Cprofile-generate / -Cprofile-use), so that LLVM lays out and
# inlines the branches the parser really takes: about 15 % more MB/s on this machine.
# The profile is taken on the held-out corpora (tests/holdout*/docs), never on the seeds
# the benchmark times, so the figure is not trained on its own input.
#
# Needs llvm-profdata from rustup's `llvm-tools` component (scripts/setup.sh adds it, best
# effort). Without it this prints why and builds nothing: the benchmark then times the
# plain release CLI. PLANMETER_PGO=0 skips it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${PLANMETER_PGO:-1}" = 0 ]; then
  echo "PLANMETER_PGO=0: no profile-guided CLI" >&2
  exit 0
fi
host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  echo "no llvm-profdata (rustup component add llvm-tools): no profile-guided CLI;" \
    "the benchmark times target/release/planmeter" >&2
  rm -f target/pgo/release/planmeter
  exit 0
fi

# Up to date when newer than every source file, the manifest, the lock file and this script.
out=target/pgo/release/planmeter
if [ -x "$out" ] && [ -z "$(find src Cargo.toml Cargo.lock "$0" -newer "$out" -print -quit)" ]; then
  echo "profile-guided CLI up to date: $out"
  exit 0
fi

dir="$PWD/target/pgo-profile"
rm -rf "$dir"
mkdir -p "$dir"
# 1. An instrumented build in its own target dir (other flags, so it must not share one).
RUSTFLAGS="-Cprofile-generate=$dir" CARGO_TARGET_DIR=target/pgo-gen \
  cargo build --release --bin planmeter --quiet
# 2. The training run: every held-out document, a few at a time.
find tests -path 'tests/holdout*/docs/*.txt' -print0 | sort -z \
  | xargs -0 -n 40 target/pgo-gen/release/planmeter parse > /dev/null 2>&1 || true
ls "$dir"/*.profraw > /dev/null 2>&1 || { echo "PGO training wrote no profile" >&2; exit 1; }
"$profdata" merge -o "$dir/merged.profdata" "$dir"/*.profraw
# 3. The optimised build.
RUSTFLAGS="-Cprofile-use=$dir/merged.profdata" CARGO_TARGET_DIR=target/pgo \
  cargo build --release --bin planmeter --quiet
echo "profile-guided CLI: $out"
