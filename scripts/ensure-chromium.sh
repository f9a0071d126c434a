#!/usr/bin/env bash
# The dashboard's browser tests drive Debian's Chromium (test tools cannot download browsers here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need /usr/bin/chromium: install Debian's chromium package (as root: apt-get install -y chromium)." >&2
exit 1
