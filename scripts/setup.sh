#!/usr/bin/env bash
# Installs every tool planmeter needs on a fresh Debian machine with Rust (rustup).
# Idempotent: each step checks first and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml

say() { printf '\n== setup: %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# Debian packages: headless Chromium + driver for browser tests, a CJK font so Chinese
# renders in screenshots (without it every glyph is a box).
need_apt=()
have chromium || need_apt+=(chromium)
have chromedriver || need_apt+=(chromium-driver)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need_apt+=(fonts-noto-cjk)
have gzip || need_apt+=(gzip)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

# Rust: the wasm target, wasm-pack, and wasm-bindgen-cli at exactly the pinned version
# (a mismatch makes wasm-pack build its own copy, or fail).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
# llvm-profdata for the profile-guided CLI (scripts/build-cli-pgo.sh). Best effort: without
# it the CLI is built once, plainly, and the benchmark times that.
if ! rustup component list --installed 2>/dev/null | grep -q '^llvm-tools'; then
  say "rustup component add llvm-tools (optional)"
  timeout 300 rustup component add llvm-tools \
    || echo "setup: no llvm-tools; no profile-guided CLI (the plain one is about 15 % slower)" >&2
fi
# The smaller wasm (scripts/build.sh: std rebuilt for size, about 11 KB gzip less) needs a
# nightly toolchain with the standard library's source. Best effort: rustup's server may
# be out of reach, and then the wasm is built with stable Rust.
if rustup toolchain list 2>/dev/null | grep -q '^nightly' \
   && ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src'; then
  say "rustup component add rust-src --toolchain nightly (optional)"
  timeout 300 rustup component add rust-src --toolchain nightly \
    || echo "setup: no rust-src for nightly; the wasm will be built with stable Rust (larger)" >&2
fi
if ! have wasm-pack; then
  say "cargo install wasm-pack"
  cargo install wasm-pack --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # --locked fails for this version on crates.io mirrors; the version pin is what matters.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm dev tools from the committed lock: wasm-opt (binaryen; never Debian's old 108, whose
# output breaks in browsers), playwright-core, esbuild, DataTables for the benchmark.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi

say "done"
