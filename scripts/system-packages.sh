#!/bin/sh
# The Debian packages the Python dependencies load at run time: Pango (and its FreeType backend)
# for WeasyPrint's PDFs. Installed as root when missing; otherwise says what to install.
set -eu
missing=""
for library in libpango-1.0.so.0 libpangoft2-1.0.so.0; do
  ldconfig -p 2>/dev/null | grep -q "$library" || missing="$missing $library"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system packages: installing Pango for WeasyPrint"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; }
else
  echo "system packages: WeasyPrint needs Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)" >&2
  exit 1
fi
