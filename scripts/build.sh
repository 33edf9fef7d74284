#!/usr/bin/env bash
# Builds everything that ships:
#   target/release/planmeter      the CLI
#   target/pgo/release/planmeter  the same CLI built profile-guided (scripts/build-cli-pgo.sh)
#   pkg/                          the npm package `planmeter` (wasm-pack, bundler target, .d.ts)
#   www/dist/                     the embed bundle: planmeter.js, planmeter_bg.wasm, planmeter.css
#   www/data/                     demo data (seeds/, or the test fixture until seeds exist)
# and regenerates the demo page www/index.html (widgets with their static fallback markup).
# Prints the gzip sizes of www/dist.
set -euo pipefail
cd "$(dirname "$0")/.."
# binaryen's wasm-opt (132) from node_modules, never an old system one.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

step "CLI (release)"
cargo build --release --bin planmeter --quiet
step "CLI, profile-guided (target/pgo/release/planmeter; the benchmark times it)"
bash scripts/build-cli-pgo.sh

# Keep the target_features section for wasm-bindgen: `strip = true` in the profile removes
# it and wasm-bindgen then guesses (and warns); wasm-opt drops the names anyway. Smaller too.
export CARGO_PROFILE_RELEASE_STRIP=false

# The wasm is built with stable Rust, or, when a nightly toolchain with rust-src is
# installed, with std rebuilt for size (build-std + optimize_for_size) and panics that
# abort without formatting a message or keeping source file names (location-detail):
# the same code, about 11 KB gzip smaller.
# PLANMETER_TOOLCHAIN=stable forces stable.
wasm_env=()
toolchain=stable
if [ "${PLANMETER_TOOLCHAIN:-auto}" != stable ] \
   && sysroot=$(rustup run nightly rustc --print sysroot 2>/dev/null) \
   && [ -d "$sysroot/lib/rustlib/src/rust/library/std" ]; then
  toolchain="nightly (build-std, optimize_for_size, panic=immediate-abort, no panic locations)"
  wasm_env=(RUSTUP_TOOLCHAIN=nightly CARGO_TARGET_DIR=target/nightly
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
    "RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none")
fi

# wasm_pack ARGS…: quiet unless it fails; a failed nightly build falls back to stable.
wasm_pack() {
  local log
  if log=$(env "${wasm_env[@]}" wasm-pack --quiet build --release "$@" 2>&1); then return 0; fi
  if [ ${#wasm_env[@]} -gt 0 ]; then
    printf 'nightly wasm build failed, using stable:\n%s\n' "$(tail -5 <<<"$log")" >&2
    wasm_env=()
    toolchain=stable
    log=$(wasm-pack --quiet build --release "$@" 2>&1) && return 0
  fi
  printf '%s\n' "$log" >&2
  return 1
}

# The release profile is opt-level 3 for the native CLI; the wasm is built for size.
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z

step "npm package → pkg/ (wasm: $toolchain)"
rm -rf pkg
wasm_pack --target bundler --out-dir pkg --out-name planmeter
test -f pkg/planmeter_bg.wasm && test -f pkg/planmeter.d.ts && test -f pkg/package.json

step "embed bundle → www/dist/"
rm -rf target/pkg-web
# Without the parser (`parse-plan`) and the data side of the JS API (`js-api`: assess and
# a handle's plans/diagnostics): pages load curated JSON and show widgets.
wasm_pack --target web --out-dir target/pkg-web --out-name planmeter --no-pack -- . --no-default-features
# One- or two-letter names for the wasm's imports and exports (scripts/minify-names.mjs).
node scripts/minify-names.mjs target/pkg-web planmeter
rm -rf www/dist && mkdir -p www/dist
esbuild www/src/planmeter.js --bundle --format=esm --minify --log-level=warning \
  --outfile=www/dist/planmeter.js
cp target/pkg-web/planmeter_bg.wasm www/dist/planmeter_bg.wasm
if [ -f www/planmeter.css ]; then
  esbuild www/planmeter.css --minify --log-level=warning --outfile=www/dist/planmeter.css
else
  echo "warning: www/planmeter.css missing; www/dist/planmeter.css is empty" >&2
  : > www/dist/planmeter.css
fi
# The npm package ships the same stylesheet (`import 'planmeter/planmeter.css'`): the
# widgets' look, and the fixed row height the table's virtual scrolling relies on.
cp www/dist/planmeter.css pkg/planmeter.css
node -e '
  const fs = require("fs"), f = "pkg/package.json", p = JSON.parse(fs.readFileSync(f, "utf8"));
  if (!p.files.includes("planmeter.css")) p.files.push("planmeter.css");
  p.style = "planmeter.css";
  // A CSS import is a side effect: bundlers must not drop it.
  if (Array.isArray(p.sideEffects) && !p.sideEffects.includes("./planmeter.css")) p.sideEffects.push("./planmeter.css");
  fs.writeFileSync(f, JSON.stringify(p, null, 2) + "\n");
'

step "demo data → www/data/"
mkdir -p www/data
if [ -f seeds/plans.json ]; then
  cp seeds/plans.json www/data/plans.json
  if [ -f seeds/actuals.json ]; then cp seeds/actuals.json www/data/actuals.json
  else echo '{"version":1,"actuals":[]}' > www/data/actuals.json; fi
else
  echo "seeds/plans.json not there yet: using tests/e2e/fixtures" >&2
  cp tests/e2e/fixtures/plans.json tests/e2e/fixtures/actuals.json www/data/
fi
node www/src/demo.mjs target/release/planmeter www/data www/index.html

step "gzip sizes (www/dist; wasm: $toolchain)"
total=0
for f in planmeter_bg.wasm planmeter.js planmeter.css; do
  n=$(gzip -9 -c "www/dist/$f" | wc -c)
  total=$((total + n))
  printf '  %-20s %7d bytes raw, %6d bytes gzip\n' "$f" "$(wc -c < "www/dist/$f")" "$n"
done
printf '  %-20s %7s          %6d bytes gzip\n' total "" "$total"
