#!/usr/bin/env bash
# `make audit`: Lighthouse on Debian's Chromium against the production stack; writes docs/audit.md.
# Lighthouse 12.2.3 is the newest that runs on Node 20 (13 wants Node 22); it lives in .cache/audit,
# not in package.json, since neither `make run` nor `make test` needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
AUDIT=.cache/audit
if [ ! -f "$AUDIT/node_modules/lighthouse/package.json" ]; then
  mkdir -p "$AUDIT"
  npm install --prefix "$AUDIT" --no-audit --no-fund --loglevel=error -E lighthouse@12.2.3 >/dev/null
fi
test -x /usr/bin/chromium || bash scripts/services/chromium.sh
exec .venv/bin/python -m benchmarks.lighthouse "$@"
