#!/usr/bin/env bash
# Starts Grappes on the embedded SQLite default: writes .env on first use (with a fresh secret),
# builds the app, then starts the production server, which migrates the database, loads the
# source pages on an empty database and prints the admin login.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f .env ]; then
  secret=$(node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('hex'))")
  sed "s/^PAYLOAD_SECRET=.*/PAYLOAD_SECRET=${secret}/" .env.example > .env
  echo "[quickstart] wrote .env with a new PAYLOAD_SECRET (edit it to change the database or admin)."
fi

echo "[quickstart] building the admin and API (about a minute on 2 cores)…"
npm run --silent build
echo "[quickstart] starting…"
exec npm run --silent start
