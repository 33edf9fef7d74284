#!/usr/bin/env bash
# Browser tests, one entry point (called by scripts/test.sh):
#   1. wasm-bindgen-test in headless Chromium (tests/wasm.rs): mount, update, destroy;
#   2. playwright-core + node:test on pages served from 127.0.0.1 (tests/e2e/*.test.mjs):
#      demo, embedding (CSP, hostile CSS, XSS, broken widgets, 繁體, 1,000 rows, later
#      mounts, destroy), and an npm consumer app bundled with esbuild.
# Needs the build (scripts/build.sh); pass --no-build to reuse an existing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

if [ "${1:-}" != "--no-build" ]; then
  scripts/build.sh
fi

echo "== wasm-bindgen-test (headless Chromium)"
# cargo + the runner rather than `wasm-pack test`, which builds every test target for
# wasm32 (--tests) and the native-only ones (proptest) do not build there.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --test wasm

echo "== browser tests (playwright-core, node --test)"
node --test --test-concurrency=1 tests/e2e/
