#!/usr/bin/env bash
# Runs the benchmarks and writes bench/results.json (method: bench/README.md):
#   bundle_gzip_bytes  gzip -9 sizes of www/dist (wasm, js, css, total)
#   filter_ms          keystroke → result on screen, planmeter vs DataTables, 10k/100k rows
#   mount_ms           50 gauges, a 1,000-row table
#   parse_mb_per_s     the native parser (release CLI) over the seeds
#
# env: BENCH_QUICK=1       smoke mode (10,000 rows, fewer samples, about a minute after the
#                          build); writes bench/tmp/results-quick.json, not bench/results.json
#      BENCH_SKIP_BUILD=1  use the existing www/dist, target/release/planmeter and
#                          target/pgo/release/planmeter (the profile-guided CLI)
#      BENCH_OUT=FILE      write the results elsewhere (default bench/results.json)
set -euo pipefail
cd "$(dirname "$0")/.."
# esbuild from node_modules; wasm-bindgen (cargo-installed) for the profiling build.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  scripts/build.sh
fi
printf '\n== bench%s\n' "$([ "${BENCH_QUICK:-}" = 1 ] && echo ' (quick)')"
node bench/run.mjs
