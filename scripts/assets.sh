#!/bin/sh
# Front-end assets from the npm registry (see package.json / package-lock.json), copied into
# portal/static/vendor/ (git-ignored). Idempotent: when the lock file has not changed since the
# last run and the copied files are there, it does nothing.
#   ASSETS_FOR_TESTS=1 (`make test`) also installs the devDependencies: the checkers the tests run
#   (axe-core, the Nu HTML Checker). `make run` leaves them out.
set -eu
cd "$(dirname "$0")/.."

VENDOR=portal/static/vendor
BOUNDARIES=maps/boundaries
STAMP=node_modules/.portal-assets-stamp
LOCK_SUM=$(sha256sum package-lock.json package.json scripts/assets.sh | sha256sum | cut -c1-64)

FOR_TESTS=${ASSETS_FOR_TESTS:-0}
# A checkout with the checkers installed serves `make run` too; one without them does not serve tests.
if [ -f "$STAMP" ] && [ -f "$VENDOR/designsystemet/designsystemet.css" ] && [ -f "$BOUNDARIES/countries-50m.json" ] \
  && { [ "$(cat "$STAMP")" = "$LOCK_SUM tests" ] || { [ "$FOR_TESTS" = 0 ] && [ "$(cat "$STAMP")" = "$LOCK_SUM run" ]; }; }; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "assets: npm is missing; installing Debian's nodejs + npm"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else
    echo "assets: npm is needed to fetch Designsystemet (install Node.js with npm)" >&2
    exit 1
  fi
fi

echo "assets: installing Designsystemet, Inter and world-atlas from the npm registry"
if [ "$FOR_TESTS" = 1 ]; then
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
else
  npm ci --omit=dev --no-audit --no-fund --ignore-scripts --loglevel=error
fi

DS_CSS=node_modules/@digdir/designsystemet-css
DS_THEME=node_modules/@digdir/designsystemet-theme
INTER=node_modules/@fontsource-variable/inter

rm -rf "$VENDOR"
mkdir -p "$VENDOR/designsystemet" "$VENDOR/fonts"
cp "$DS_CSS/dist/src/index.css" "$VENDOR/designsystemet/designsystemet.css"
cp "$DS_THEME/src/themes/designsystemet.css" "$VENDOR/designsystemet/theme.css"
cp "$DS_CSS/LICENSE" "$VENDOR/designsystemet/LICENSE"
# Inter as one variable font per script subset; the browser fetches latin-ext only when a page needs it.
cp "$INTER/files/inter-latin-wght-normal.woff2" "$INTER/files/inter-latin-ext-wght-normal.woff2" "$VENDOR/fonts/"
cp "$INTER/LICENSE" "$VENDOR/fonts/LICENSE-Inter"

# Country outlines for the server-rendered map (Natural Earth via world-atlas): read by maps/boundaries.py,
# not served as a static file.
rm -rf "$BOUNDARIES"
mkdir -p "$BOUNDARIES"
cp node_modules/world-atlas/countries-50m.json "$BOUNDARIES/"
cp node_modules/world-atlas/LICENSE "$BOUNDARIES/LICENSE-world-atlas"

if [ "$FOR_TESTS" = 1 ]; then echo "$LOCK_SUM tests" >"$STAMP"; else echo "$LOCK_SUM run" >"$STAMP"; fi
echo "assets: copied into $VENDOR and $BOUNDARIES"
