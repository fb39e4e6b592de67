#!/usr/bin/env bash
# `make loadtest`: the production stack (Procfile web + worker, PostgreSQL, Elasticsearch and Redis
# of its own on other ports, data under .cache/loadtest/) under a bounded load of 50 Locust users,
# with faults injected in turn; writes docs/operations.md. Not part of `make test`.
#   LOADTEST_PHASE_SECONDS=10 LOADTEST_USERS=10 LOADTEST_OUT=.cache/loadtest/operations.md make loadtest  # a smoke run
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.cache/loadtest-venv
if [ ! -f "$VENV/.installed" ] || [ requirements-loadtest.txt -nt "$VENV/.installed" ]; then
  python3.11 -m venv "$VENV" 2>/dev/null || python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check -r requirements-loadtest.txt
  touch "$VENV/.installed"
fi
exec .venv/bin/python -m benchmarks.loadtest.runner "$@"
