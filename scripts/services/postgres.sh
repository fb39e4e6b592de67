#!/usr/bin/env bash
# Private PostgreSQL cluster for development and CI.
#
#   scripts/services/postgres.sh start   # install if needed, start, print URL
#   scripts/services/postgres.sh stop
#   scripts/services/postgres.sh url
#
# The cluster lives in $REPO/.cache/postgres/data (git-ignored), listens on
# 127.0.0.1:54329 only and has a role/database "portal" (password "portal",
# CREATEDB so Django's test runner can create test_* databases).
# Durability is off (fsync, full-page writes): the cluster holds test and throwaway data only.
# Logs: .cache/postgres/postgres.log (server), .cache/postgres/script.log.
# A second, private cluster (e.g. `make loadtest`, which stops it on purpose) takes
# POSTGRES_PORT and POSTGRES_DIR (its folder instead of .cache/postgres) from the environment.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT="${POSTGRES_PORT:-54329}"
HOST=127.0.0.1
DB_NAME=portal
DB_USER=portal
DB_PASS=portal
URL="postgres://${DB_USER}:${DB_PASS}@${HOST}:${PORT}/${DB_NAME}"

BASE="${POSTGRES_DIR:-$REPO/.cache/postgres}"
DATA="$BASE/data"
SERVER_LOG="$BASE/postgres.log"
LOG="$BASE/script.log"

die() { echo "postgres.sh: $*" >&2; [ -f "$LOG" ] && echo "postgres.sh: see $LOG and $SERVER_LOG" >&2; exit 1; }
log() { echo "[$(date '+%F %T')] $*" >>"$LOG"; }

pg_bindir() {
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  [ -n "$d" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && echo "$d"
}

# Unix socket (used only for the superuser's peer-authenticated admin
# connection). Socket paths are limited to ~107 bytes; fall back to /tmp.
sock_dir() {
  local d="$BASE/run"
  if [ "${#d}" -gt 80 ]; then
    d="/tmp/portal-pg-$(echo "$REPO${POSTGRES_DIR:+:$POSTGRES_DIR}" | md5sum | cut -c1-10)"
  fi
  echo "$d"
}

as_pg() { (cd / && runuser -u postgres -- "$@"); }

ensure_installed() {
  if pg_bindir >/dev/null && command -v pg_isready >/dev/null && command -v psql >/dev/null; then
    return 0
  fi
  [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed and we are not root"
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >>"$LOG" 2>&1 || die "apt-get update failed"
  apt-get install -y postgresql >>"$LOG" 2>&1 || die "apt-get install postgresql failed"
  pg_bindir >/dev/null || die "PostgreSQL binaries not found after install"
}

is_running() {
  local bin="$1"
  [ -f "$DATA/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

url_works() {
  PGPASSWORD="$DB_PASS" PGCONNECT_TIMEOUT=3 psql -h "$HOST" -p "$PORT" -U "$DB_USER" -d "$DB_NAME" \
    -tAc 'select 1' >/dev/null 2>&1
}

cmd_start() {
  mkdir -p "$BASE"
  : >>"$LOG"
  # Fast path: our cluster is up and the URL works.
  local bin
  if bin="$(pg_bindir)" && is_running "$bin" && url_works; then
    echo "$URL"; return 0
  fi
  ensure_installed
  bin="$(pg_bindir)"
  id postgres >/dev/null 2>&1 || die "system user 'postgres' missing (postgresql package broken?)"

  local sock; sock="$(sock_dir)"
  mkdir -p "$sock"
  chown postgres: "$BASE" "$sock"
  chmod 0755 "$BASE"
  # The postgres user must be able to traverse every parent directory.
  local p="$BASE"
  while [ "$p" != "/" ]; do
    p="$(dirname "$p")"
    if ! as_pg test -x "$p"; then chmod o+x "$p"; fi
  done

  if ! is_running "$bin"; then
    if pg_isready -q -h "$HOST" -p "$PORT" 2>/dev/null; then
      # Someone else listens on our port. Reuse it only if it is a portal DB.
      if url_works; then
        log "port $PORT is served by another cluster that accepts $URL; reusing it"
        echo "$URL"; return 0
      fi
      die "port $PORT on $HOST is already in use by another server"
    fi
    if [ -d "$DATA" ] && [ ! -f "$DATA/PG_VERSION" ]; then
      log "removing incomplete data directory $DATA"
      rm -rf "$DATA"
    fi
    if [ ! -d "$DATA" ]; then
      log "initdb $DATA"
      mkdir -p "$DATA"; chown postgres: "$DATA"; chmod 0700 "$DATA"
      as_pg "$bin/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=scram-sha-256 >>"$LOG" 2>&1 \
        || die "initdb failed"
    fi
    if [ "$(stat -c %U "$DATA")" != postgres ]; then
      chown -R postgres: "$DATA"
    fi
    chmod 0700 "$DATA"
    touch "$SERVER_LOG"; chown postgres: "$SERVER_LOG"
    rm -f "$DATA/postmaster.pid" 2>/dev/null || true  # stale after a crash (is_running said no)
    log "starting server"
    as_pg "$bin/pg_ctl" -D "$DATA" -l "$SERVER_LOG" -w -t 60 \
      -o "-c listen_addresses=$HOST -c port=$PORT -c unix_socket_directories=$sock -c synchronous_commit=off -c fsync=off -c full_page_writes=off" \
      start >>"$LOG" 2>&1 || { tail -n 20 "$SERVER_LOG" >&2 || true; die "could not start PostgreSQL"; }
  fi

  local i
  for i in $(seq 1 60); do
    pg_isready -q -h "$HOST" -p "$PORT" && break
    sleep 0.5
  done
  pg_isready -q -h "$HOST" -p "$PORT" || die "PostgreSQL did not become ready on $HOST:$PORT"

  # Role and database (idempotent).
  local psql_admin=(psql -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$PORT" -U postgres -d postgres)
  as_pg "${psql_admin[@]}" >>"$LOG" 2>&1 <<SQL || die "could not create role/database $DB_NAME"
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASS';
  ELSE
    ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASS';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
  url_works || die "PostgreSQL is running but $URL does not accept connections"
  log "ready: $URL"
  echo "$URL"
}

cmd_stop() {
  local bin
  bin="$(pg_bindir)" || return 0
  if is_running "$bin"; then
    mkdir -p "$BASE"; : >>"$LOG"
    log "stopping server"
    as_pg "$bin/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >>"$LOG" 2>&1 || die "pg_ctl stop failed"
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
