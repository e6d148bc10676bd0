#!/usr/bin/env bash
# Fails when a generated file is out of date with the config: the types, the admin import map, or
# the migrations of either SQL adapter (a schema change without `npm run migrate:create`).
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent generate:types >/dev/null
npm run --silent generate:importmap >/dev/null
rm -f data/migrate-create.db*
npm run --silent migrate:create:sqlite -- schema-check --skip-empty >/dev/null
npm run --silent migrate:create:postgres -- schema-check --skip-empty >/dev/null

changes=$(git status --porcelain -- src/payload-types.ts 'src/app/(payload)/admin/importMap.js' migrations/)
if [ -n "$changes" ]; then
  echo "Generated files are out of date:"
  echo "$changes"
  echo "Run: npm run generate:types && npm run generate:importmap (and npm run migrate:create -- <name> for a schema change), then commit."
  git checkout -- src/payload-types.ts 'src/app/(payload)/admin/importMap.js' migrations/ 2>/dev/null || true
  git clean -fq -- migrations/
  exit 1
fi
echo "Generated files are current."
