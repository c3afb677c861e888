#!/usr/bin/env bash
# Issue 9: backs up a profile's service database, restores it into a scratch database and compares the two
# (docs/operations.md). The scratch database is dropped whatever the outcome; the profile's own is only read.
# Usage: tools/backup-check/run.sh <run|test> [node --test options, e.g. reporters]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/pg-common.sh
source "$HERE/../../scripts/pg-common.sh" "${1:-test}"
shift $(($# > 0 ? 1 : 0))
ROOT="$ROOT" PROFILE="$PROFILE" PG_BIN="$PG_BIN" PG_SOCKET="$SOCK" PG_PORT="$PG_PORT" PG_OS_USER="$PG_USER" \
  npm --prefix "$HERE" test -- "$@"
