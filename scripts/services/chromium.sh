#!/usr/bin/env bash
# Make sure headless Chromium + chromedriver (Debian packages) are installed
# and can render a page. Prints the chromium path on the last line.
#   scripts/services/chromium.sh
# Log: .cache/chromium/script.log
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASE="$REPO/.cache/chromium"
LOG="$BASE/script.log"
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
mkdir -p "$BASE"
: >>"$LOG"

die() { echo "chromium.sh: $*" >&2; echo "chromium.sh: see $LOG" >&2; exit 1; }
log() { echo "[$(date '+%F %T')] $*" >>"$LOG"; }

if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ] || [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  [ "$(id -u)" -eq 0 ] || die "chromium/chromedriver missing and we are not root"
  log "installing chromium chromium-driver fonts-dejavu-core"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >>"$LOG" 2>&1 || die "apt-get update failed"
  apt-get install -y chromium chromium-driver fonts-dejavu-core >>"$LOG" 2>&1 \
    || die "apt-get install chromium failed"
fi

# Smoke test: headless render (only once per installed chromium version).
STAMP="$BASE/verified-$("$CHROMIUM" --version 2>/dev/null | tr -c 'A-Za-z0-9.\n' '_' | head -n1)"
if [ ! -f "$STAMP" ]; then
  out="$(cd "$BASE" && timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --user-data-dir="$BASE/profile" \
    --dump-dom 'data:text/html,<p>ok</p>' 2>>"$LOG")" || die "headless chromium failed to run"
  case "$out" in
    *"<p>ok</p>"*) log "headless render ok: $("$CHROMIUM" --version 2>/dev/null)"; touch "$STAMP" ;;
    *) log "unexpected dump-dom output: $out"; die "headless chromium did not render the test page" ;;
  esac
fi
echo "$CHROMIUM"
