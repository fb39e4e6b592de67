#!/usr/bin/env bash
# Private Redis for development and CI: the shared cache of several app servers.
#
#   scripts/services/redis.sh start   # install if needed, start, print URL
#   scripts/services/redis.sh stop
#   scripts/services/redis.sh url
#
# Redis comes from Debian's redis-server package. This instance listens on
# 127.0.0.1:63799 only, keeps nothing on disk (a cache: no RDB, no AOF) and
# evicts least-recently-used keys beyond 256 MB. Its pidfile and log live in
# $REPO/.cache/redis/ (git-ignored). Log: .cache/redis/{redis,script}.log.
# A second, private instance (e.g. `make loadtest`, which stops it on purpose) takes
# REDIS_PORT and REDIS_DIR (its folder instead of .cache/redis) from the environment.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOST=127.0.0.1
PORT="${REDIS_PORT:-63799}"
URL="redis://${HOST}:${PORT}/0"

BASE="${REDIS_DIR:-$REPO/.cache/redis}"
PIDFILE="$BASE/redis.pid"
SERVER_LOG="$BASE/redis.log"
LOG="$BASE/script.log"

die() { echo "redis.sh: $*" >&2; echo "redis.sh: see $LOG and $SERVER_LOG" >&2; exit 1; }
log() { echo "[$(date '+%F %T')] $*" >>"$LOG"; }

ping() { [ "$(redis-cli -h "$HOST" -p "$PORT" ping 2>/dev/null)" = PONG ]; }

pid_alive() {
  [ -f "$PIDFILE" ] || return 1
  local pid; pid="$(cat "$PIDFILE" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

ensure_installed() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return 0
  [ "$(id -u)" -eq 0 ] || die "redis-server is not installed and we are not root"
  log "installing redis-server with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >>"$LOG" 2>&1 || die "apt-get update failed"
  apt-get install -y --no-install-recommends redis-server redis-tools >>"$LOG" 2>&1 \
    || die "apt-get install redis-server failed"
  command -v redis-server >/dev/null || die "redis-server not found after install"
}

cmd_start() {
  mkdir -p "$BASE"
  : >>"$LOG"
  ensure_installed
  if pid_alive && ping; then
    echo "$URL"; return 0
  fi
  if ! pid_alive; then
    if ping; then
      # Someone else (e.g. another checkout) serves our port with a Redis: share it.
      log "port $PORT is served by another Redis; reusing it"
      echo "$URL"; return 0
    fi
    rm -f "$PIDFILE"
    log "starting redis-server"
    redis-server --bind "$HOST" --port "$PORT" --protected-mode yes \
      --daemonize yes --pidfile "$PIDFILE" --logfile "$SERVER_LOG" --dir "$BASE" \
      --save "" --appendonly no --maxmemory 256mb --maxmemory-policy allkeys-lru \
      >>"$LOG" 2>&1 || die "redis-server failed to start"
  fi
  local i
  for i in $(seq 1 50); do
    ping && break
    sleep 0.1
  done
  ping || die "Redis did not answer on $HOST:$PORT"
  log "ready: $URL"
  echo "$URL"
}

cmd_stop() {
  pid_alive || { rm -f "$PIDFILE"; return 0; }
  local pid; pid="$(cat "$PIDFILE")"
  mkdir -p "$BASE"; : >>"$LOG"
  log "stopping redis-server (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
