#!/usr/bin/env bash
# Installs the tools, builds everything, then serves www/ on http://127.0.0.1:${PORT:-8080}/
# (the demo page is www/index.html; pages under /csp/ get the strict CSP header).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
echo "demo: http://127.0.0.1:${PORT:-8080}/"
exec node scripts/serve.mjs www
