#!/usr/bin/env bash
# `make bench`: search benchmarks at 1 000, 10 000 and 100 000 initiatives on the embedded engine,
# Elasticsearch (started here if it is not running, stopped again if we started it) and stock
# Wagtail search, written to docs/benchmarks.md; then page rendering, written to
# docs/page-benchmarks.md; then our bitsets against two libraries, written to docs/bitsets.md.
# Not part of `make test`.
#   BENCH_SIZES=1000,10000 make bench     # a quicker run
#   BENCH_ARGS="--repeat 3" make bench    # extra arguments for python -m benchmarks.search
#   BENCH_PAGES=0 make bench              # search only
#   BENCH_SEARCH=0 BENCH_BITSETS=0 make bench  # pages only
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=.cache/bench
mkdir -p "$BENCH"
rm -f "$BENCH"/bench.sqlite3*

if [ "${BENCH_SEARCH:-1}" = 1 ]; then
  ES_URL=""
  STARTED_ES=false
  if curl -sf "http://127.0.0.1:9201/_cluster/health" >/dev/null 2>&1; then
    ES_URL=http://127.0.0.1:9201
  # 100 000 initiatives are 1.1 million documents: a larger heap than the tests' 512 MB.
  elif ES_URL=$(ES_HEAP="${ES_HEAP:-2g}" bash scripts/services/elasticsearch.sh start 2>"$BENCH/es-start.err" | tail -n 1); then
    STARTED_ES=true
  else
    ES_URL=""
    echo "!! Elasticsearch is not available ($(tail -n 1 "$BENCH/es-start.err")): benchmarking without it" >&2
  fi
  stop_es() { if [ "$STARTED_ES" = true ]; then bash scripts/services/elasticsearch.sh stop >/dev/null 2>&1 || true; fi; }
  trap stop_es EXIT

  # shellcheck disable=SC2086 # BENCH_ARGS is a list of words on purpose
  DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL="sqlite:///$PWD/$BENCH/bench.sqlite3" \
    .venv/bin/python -m benchmarks.search --sizes "${BENCH_SIZES:-1000,10000,100000}" \
    --elasticsearch "$ES_URL" --out docs/benchmarks.md ${BENCH_ARGS:-}
fi

# Page rendering (python -m benchmarks.pages) on the demo content, in a database of its own: in-process
# (queries, cold and warm), then served by gunicorn with production settings and 2 workers, with and
# without the page cache, under 8 connections (BENCH_SERVED_SECONDS per page type; 0 skips it).
# BENCH_PAGES=0 skips it all.
if [ "${BENCH_PAGES:-1}" = 1 ]; then
  rm -f "$BENCH"/pages.sqlite3*
  DJANGO_SETTINGS_MODULE=portal.settings.test DATABASE_URL="sqlite:///$PWD/$BENCH/pages.sqlite3" \
    sh -c '.venv/bin/python manage.py migrate -v0 && .venv/bin/python manage.py setup_site --no-admin \
      && .venv/bin/python manage.py load_demo_content \
      && .venv/bin/python -m benchmarks.pages --requests 30 --served "${BENCH_SERVED_SECONDS:-5}" \
           --out docs/page-benchmarks.md'
fi

# Our packed bitsets against pyroaring and bitarray (requirements-bench.txt), written to
# docs/bitsets.md. BENCH_BITSETS=0 skips it.
if [ "${BENCH_BITSETS:-1}" = 1 ]; then
  DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python -m benchmarks.bitsets --out docs/bitsets.md
fi
