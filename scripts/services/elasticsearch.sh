#!/usr/bin/env bash
# Single-node Elasticsearch 8 for development and CI.
#
#   scripts/services/elasticsearch.sh start   # fetch/unpack if needed, start, print URL
#   scripts/services/elasticsearch.sh stop
#   scripts/services/elasticsearch.sh url
#
# Elasticsearch itself comes from Maven Central (the integration-test zip,
# org.elasticsearch.distribution.integ-test-zip:elasticsearch), fetched with
# Maven into $REPO/.cache/elasticsearch/ and unpacked once. That zip lacks the
# analysis-common module, so es-analysis/PortalAnalysisPlugin.java (next to
# this script) is compiled against it and installed as a plugin: it provides
# only the components our index settings and Wagtail's name (asciifolding,
# stemmer, stemmer_override, synonym_graph, ngram/edge_ngram, the pattern
# tokenizer). `start` rebuilds the plugin when that source changes (the sha256
# of the source it was built from is kept next to it), restarting the node.
#
# The node runs as the unprivileged user "esrunner" (Elasticsearch refuses
# root) on 127.0.0.1:9201 (transport 9301), security off, 512 MB heap,
# disk watermarks off. Data, logs and pidfile live under .cache/elasticsearch/.
# Logs: .cache/elasticsearch/{script,launcher}.log, .cache/elasticsearch/logs/.
# A second, private node (e.g. `make loadtest`, which stops and freezes it on purpose) takes
# ES_PORT, ES_TRANSPORT_PORT and ES_DIR (its data, logs and pidfile instead of .cache/elasticsearch)
# from the environment; it shares the unpacked distribution.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/scripts/services"
ES_VERSION="${ES_VERSION:-8.19.21}"
HOST=127.0.0.1
PORT="${ES_PORT:-9201}"
TRANSPORT_PORT="${ES_TRANSPORT_PORT:-9301}"
URL="http://${HOST}:${PORT}"
ES_USER=esrunner
HEAP="${ES_HEAP:-512m}"
DEP_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"

BASE="$REPO/.cache/elasticsearch"
DIST="$BASE/dist"
ES_HOME="$BASE/elasticsearch-$ES_VERSION"
STATE="${ES_DIR:-$BASE}"
DATA="$STATE/data"
LOGS="$STATE/logs"
RUN="$STATE/run"
PIDFILE="$RUN/elasticsearch.pid"
LOG="$STATE/script.log"
PLUGIN_SRC="$HERE/es-analysis/PortalAnalysisPlugin.java"
PLUGIN_DIR="$ES_HOME/plugins/portal-analysis"

die() { echo "elasticsearch.sh: $*" >&2; echo "elasticsearch.sh: see $LOG and $LOGS/" >&2; exit 1; }
log() { echo "[$(date '+%F %T')] $*" >>"$LOG"; }

APT_UPDATED=0
apt_install() {
  [ "$(id -u)" -eq 0 ] || die "need to install $* but we are not root"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$APT_UPDATED" = 0 ]; then
    apt-get update >>"$LOG" 2>&1 || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  apt-get install -y "$@" >>"$LOG" 2>&1 || die "apt-get install $* failed"
}

java_home() {
  local j
  j="$(command -v java 2>/dev/null)" || return 1
  j="$(readlink -f "$j")"
  echo "${j%/bin/java}"
}

pid_alive() {
  [ -f "$PIDFILE" ] || return 1
  local pid; pid="$(cat "$PIDFILE" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

healthy() {
  curl -fsS --max-time "${1:-3}" "$URL/_cluster/health?wait_for_status=yellow&timeout=${1:-3}s" 2>/dev/null \
    | grep -qE '"status":"(green|yellow)"'
}

plugin_stamp() { sha256sum "$PLUGIN_SRC" | cut -c1-16; }
plugin_current() { [ -f "$PLUGIN_DIR/.source-sha" ] && [ "$(cat "$PLUGIN_DIR/.source-sha")" = "$(plugin_stamp)" ]; }

ensure_tools() {
  local need=()
  command -v curl >/dev/null || need+=(curl)
  command -v unzip >/dev/null || need+=(unzip)
  command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
  command -v mvn >/dev/null || need+=(maven)
  [ "${#need[@]}" -eq 0 ] || apt_install "${need[@]}"
  local jh; jh="$(java_home)" || die "no java found"
  local major
  major="$("$jh/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [ "${major%%.*}" -ge 17 ] 2>/dev/null || die "Elasticsearch $ES_VERSION needs Java 17+, found '$major' at $jh"
}

ensure_user() {
  if ! id "$ES_USER" >/dev/null 2>&1; then
    log "creating system user $ES_USER"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$ES_USER" >>"$LOG" 2>&1 \
      || die "could not create user $ES_USER"
  fi
}

ensure_unpacked() {
  [ -f "$ES_HOME/.unpacked" ] && return 0
  local zip="$DIST/elasticsearch-$ES_VERSION.zip"
  if [ ! -s "$zip" ]; then
    log "fetching $ARTIFACT with Maven"
    mkdir -p "$DIST"
    local t0=$SECONDS
    mvn -q -B "$DEP_PLUGIN:copy" -Dartifact="$ARTIFACT" -DoutputDirectory="$DIST" >>"$LOG" 2>&1 \
      || die "mvn could not fetch $ARTIFACT"
    log "fetched in $((SECONDS - t0)) s"
  fi
  [ -s "$zip" ] || die "expected $zip after mvn dependency:copy"
  log "unpacking $zip"
  local tmp="$BASE/.unpack.$$"
  rm -rf "$tmp" "$ES_HOME"
  mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || die "unzip failed"
  mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
  rm -rf "$tmp"
  chown -R "$ES_USER": "$ES_HOME"
  touch "$ES_HOME/.unpacked"
  rm -f "$zip"  # Maven keeps its own copy in ~/.m2; save disk space
}

ensure_plugin() {
  plugin_current && return 0
  log "building portal-analysis plugin"
  local build="$BASE/plugin-build"
  rm -rf "$build"; mkdir -p "$build/classes"
  javac -nowarn -Xlint:none --release 17 -cp "$ES_HOME/lib/*" -d "$build/classes" "$PLUGIN_SRC" >>"$LOG" 2>&1 \
    || die "compiling $PLUGIN_SRC failed"
  rm -rf "$PLUGIN_DIR"; mkdir -p "$PLUGIN_DIR"
  (cd "$build/classes" && jar cf "$PLUGIN_DIR/portal-analysis.jar" .) || die "jar failed"
  cat >"$PLUGIN_DIR/plugin-descriptor.properties" <<EOF
description=Stand-in for the analysis-common components the portal uses (asciifolding, stemmer, synonym_graph, ngram, ...)
version=1.0
name=portal-analysis
classname=portal.esanalysis.PortalAnalysisPlugin
java.version=17
elasticsearch.version=$ES_VERSION
EOF
  plugin_stamp >"$PLUGIN_DIR/.source-sha"
  chown -R "$ES_USER": "$PLUGIN_DIR"
  rm -rf "$build"
}

make_traversable() {
  local p="$1"
  while [ "$p" != "/" ]; do
    p="$(dirname "$p")"
    runuser -u "$ES_USER" -- test -x "$p" 2>/dev/null || chmod o+x "$p"
  done
}

# The plugin is loaded: its Norwegian stemmer and asciifolding analyse a word as our index does.
check_analysis() {
  local out
  out="$(curl -fsS --max-time 10 -H 'Content-Type: application/json' "$URL/_analyze" \
    -d '{"tokenizer":"standard","filter":["lowercase",{"type":"stemmer","language":"norwegian"},"asciifolding"],"text":"Beboerne"}' \
    2>&1)" || die "analysis check failed: $out"
  case "$out" in *'"beboern"'*) ;; *) die "Norwegian stemming gave unexpected output: $out" ;; esac
}

cmd_start() {
  mkdir -p "$BASE" "$STATE"
  : >>"$LOG"
  # Fast path: our node is up, healthy and has the current plugin.
  if pid_alive && plugin_current && healthy 2; then
    echo "$URL"; return 0
  fi
  if pid_alive && ! plugin_current; then
    log "plugin source changed; restarting node"
    cmd_stop
  fi
  if ! pid_alive; then
    if curl -sS --max-time 3 -o /dev/null "$URL/" 2>/dev/null; then
      # Someone else (e.g. another checkout) serves our port.
      if curl -fsS --max-time 3 "$URL/_nodes/_local?filter_path=nodes.*.version" 2>/dev/null \
          | grep -q '"version":"8\.' && healthy 10; then
        log "port $PORT is served by another Elasticsearch 8 node; reusing it"
        echo "$URL"; return 0
      fi
      die "port $PORT on $HOST is in use by something that is not a healthy Elasticsearch 8"
    fi
    ensure_tools
    ensure_user
    ensure_unpacked
    ensure_plugin
    mkdir -p "$DATA" "$LOGS" "$RUN" "$STATE/tmp"
    chown "$ES_USER": "$DATA" "$LOGS" "$RUN" "$STATE/tmp"
    chmod 0755 "$BASE" "$STATE"
    make_traversable "$ES_HOME"
    make_traversable "$DATA"
    rm -f "$PIDFILE"
    log "starting Elasticsearch $ES_VERSION"
    local jh; jh="$(java_home)"
    (
      cd "$ES_HOME"
      runuser -u "$ES_USER" -- env -i PATH=/usr/bin:/bin HOME="$STATE/tmp" \
        ES_JAVA_HOME="$jh" JAVA_HOME="$jh" ES_TMPDIR="$STATE/tmp" ES_JAVA_OPTS="-Xms$HEAP -Xmx$HEAP" \
        ./bin/elasticsearch -d -p "$PIDFILE" \
          -Ecluster.name=portal-dev \
          -Enode.name=portal-dev \
          -Enetwork.host="$HOST" \
          -Ehttp.port="$PORT" \
          -Etransport.port="$TRANSPORT_PORT" \
          -Ediscovery.type=single-node \
          -Expack.security.enabled=false \
          -Ecluster.routing.allocation.disk.threshold_enabled=false \
          -Epath.data="$DATA" \
          -Epath.logs="$LOGS"
    ) >"$STATE/launcher.log" 2>&1 || { tail -n 30 "$STATE/launcher.log" >&2; die "Elasticsearch failed to start"; }
  fi
  local deadline=$((SECONDS + 120))
  until healthy 5; do
    if ! pid_alive; then
      tail -n 30 "$LOGS/portal-dev.log" >&2 2>/dev/null || true
      die "Elasticsearch exited during startup"
    fi
    [ "$SECONDS" -lt "$deadline" ] || die "Elasticsearch did not become healthy within 120 s"
    sleep 1
  done
  check_analysis
  log "ready: $URL (pid $(cat "$PIDFILE"))"
  echo "$URL"
}

cmd_stop() {
  pid_alive || { rm -f "$PIDFILE"; return 0; }
  local pid; pid="$(cat "$PIDFILE")"
  mkdir -p "$STATE"; : >>"$LOG"
  log "stopping Elasticsearch (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "pid $pid still alive after 60 s; sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) echo "$URL" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
