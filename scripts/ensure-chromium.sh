#!/usr/bin/env bash
# Run before `npm test` (the `pretest` script) and by .ci/run: the browser tests drive Debian's
# Chromium through playwright-core, which downloads no browser. Installs it when it is missing and
# this shell may (root with apt-get); otherwise says in one line what to run, and fails.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0

as_root=${ENSURE_CHROMIUM_AS_ROOT:-$([ "$(id -u)" = 0 ] && echo 1 || echo 0)}
if [ "$as_root" = 1 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing at $chromium: installing Debian's chromium with apt-get." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium" ] && exit 0
fi
echo "Chromium is missing at $chromium: run \`sudo apt-get install -y chromium\` (Debian/Ubuntu), then npm test again." >&2
exit 1
