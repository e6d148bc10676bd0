#!/usr/bin/env bash
# `npm run migrate:create -- <name>`: one migration per SQL adapter for the same schema change,
# both under the same name.
set -euo pipefail
name=${1:?usage: npm run migrate:create -- <name>}
npm run --silent migrate:create:sqlite -- "$name"
npm run --silent migrate:create:postgres -- "$name"
