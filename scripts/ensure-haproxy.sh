#!/usr/bin/env bash
# Run by `npm run cluster` and .ci/run: the local cluster puts Debian's HAProxy in front of the app
# instances. Installs it when it is missing and this shell may (root with apt-get); otherwise says
# in one line what to run, and fails.
set -euo pipefail
command -v haproxy >/dev/null && exit 0

as_root=${ENSURE_HAPROXY_AS_ROOT:-$([ "$(id -u)" = 0 ] && echo 1 || echo 0)}
if [ "$as_root" = 1 ] && command -v apt-get >/dev/null; then
  echo "HAProxy is missing: installing Debian's haproxy with apt-get." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  command -v haproxy >/dev/null && exit 0
fi
echo "HAProxy is missing: run \`sudo apt-get install -y haproxy\` (Debian/Ubuntu), then npm run cluster again." >&2
exit 1
