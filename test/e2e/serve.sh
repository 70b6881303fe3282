#!/usr/bin/env bash
# Starts the built app for the end-to-end tests on an empty PGlite database (DATA_DIR, wiped first);
# SEED_DEMO=true then loads the demo organisation and cases. Called by playwright.config.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATA_DIR:?DATA_DIR must be set}"
if [ ! -f dist/server/cli.js ]; then
  echo "dist/server/cli.js is missing: run 'npm run build' before the end-to-end tests" >&2
  exit 1
fi
rm -rf "$DATA_DIR"
exec node dist/server/cli.js start
