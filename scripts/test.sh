#!/usr/bin/env bash
# `make test`: lint, Django checks, the whole suite on SQLite (with Elasticsearch and
# Chromium when available), then the database tests again on PostgreSQL.
# With CI=true a missing service fails the run instead of skipping its tests.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export DJANGO_SETTINGS_MODULE=portal.settings.test
unset DATABASE_URL ELASTICSEARCH_URL
# This run starts (or reuses) its own node, so the fallback test may stop and restart it.
export ELASTICSEARCH_TEST_MAY_STOP=1
CI=${CI:-false}
status=0

step() { printf '\n== %s\n' "$*"; }
need() {  # need NAME COMMAND...: start a service; in CI its absence is fatal.
  local name=$1; shift
  if out=$("$@" 2>.cache/$name-start.err); then
    printf '%s' "${out##*$'\n'}"
  else
    echo "!! $name is not available: $(tail -n 3 .cache/$name-start.err)" >&2
    [ "$CI" != true ] || { echo "!! CI=true: $name is required" >&2; return 1; }
  fi
}
mkdir -p .cache

step "ruff"
$BIN/ruff check . && $BIN/ruff format --check . || exit 1

step "django checks"
$BIN/python manage.py check --fail-level WARNING || exit 1
$BIN/python manage.py makemigrations --check --dry-run || exit 1
# The settings alone (an empty database): the Site record's check has tests of its own.
DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=check-only-$(date +%s)-a-long-random-looking-value-for-the-check \
  ALLOWED_HOSTS=portal.example PORTAL_BASE_URL=https://portal.example DATABASE_URL=sqlite:///:memory: \
  $BIN/python manage.py check --deploy --fail-level WARNING || exit 1

step "services"
PG_URL=$(need postgresql bash scripts/services/postgres.sh start) || exit 1
ES_URL=$(need elasticsearch bash scripts/services/elasticsearch.sh start) || exit 1
CHROMIUM=$(need chromium bash scripts/services/chromium.sh) || exit 1
REDIS_URL=$(need redis bash scripts/services/redis.sh start) || exit 1
echo "postgresql: ${PG_URL:-unavailable}"; echo "elasticsearch: ${ES_URL:-unavailable}"; echo "chromium: ${CHROMIUM:-unavailable}"
echo "redis: ${REDIS_URL:-unavailable}"
# The test settings keep their local cache; tests that want Redis ask for it (the redis_url fixture).
export REDIS_TEST_URL=$REDIS_URL
unset REDIS_URL

step "tests on SQLite (database: sqlite, elasticsearch: ${ES_URL:-none})"
ELASTICSEARCH_TEST_URL=$ES_URL $BIN/pytest -q -m "not browser and not postgres_only" || status=1

# Playwright's sync API keeps an event loop in the main thread, which Django's ORM refuses
# to share; the browser tests get a process of their own.
step "browser tests on SQLite (chromium: ${CHROMIUM:-none})"
$BIN/pytest -q -m browser || status=1

step "database tests on PostgreSQL"
if [ -n "$PG_URL" ]; then
  DATABASE_URL=$PG_URL ELASTICSEARCH_TEST_URL=$ES_URL $BIN/pytest -q -m "not browser" || status=1
else
  echo "skipped: PostgreSQL is not available"
fi

# Both servers go, so a second checkout's run (or `git clone . /tmp/clean`) finds its ports free.
bash scripts/services/elasticsearch.sh stop >/dev/null 2>&1 || true
bash scripts/services/redis.sh stop >/dev/null 2>&1 || true
bash scripts/services/postgres.sh stop >/dev/null 2>&1 || true
exit $status
