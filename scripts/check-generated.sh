#!/usr/bin/env bash
# Fails when a generated file is out of date with the config: the types, the admin import map, the
# GraphQL schema and the OpenAPI document that front ends build against, or the migrations of
# either SQL adapter (a schema change without `npm run migrate:create`).
# Run it on a committed tree: it compares the files before and after regenerating them.
set -euo pipefail
cd "$(dirname "$0")/.."

watched=(src/payload-types.ts 'src/app/(payload)/admin/importMap.js' schema.graphql openapi.json migrations/)
snapshot() { git status --porcelain --untracked-files=all -- "${watched[@]}"; git diff -- "${watched[@]}" | sha1sum; }
before=$(snapshot)
untracked_before=$(git ls-files --others --exclude-standard -- migrations/)

npm run --silent generate:types >/dev/null
npm run --silent generate:importmap >/dev/null
npm run --silent generate:graphql >/dev/null
npm run --silent generate:openapi >/dev/null
rm -f data/migrate-create.db*
npm run --silent migrate:create:sqlite -- schema-check --skip-empty >/dev/null
npm run --silent migrate:create:postgres -- schema-check --skip-empty >/dev/null

after=$(snapshot)
if [ "$before" != "$after" ]; then
  echo "Generated files are out of date:"
  diff <(echo "$before") <(echo "$after") | grep '^>' || true
  echo "Run: npm run generate:types && npm run generate:importmap && npm run generate:graphql && npm run generate:openapi (and npm run migrate:create -- <name> for a schema change), then commit."
  # Remove only the migrations this check wrote.
  comm -13 <(echo "$untracked_before" | sort) <(git ls-files --others --exclude-standard -- migrations/ | sort) | xargs -r rm -f
  exit 1
fi
echo "Generated files are current."
