#!/usr/bin/env bash
# Issue 9: starts a second backend (the replica) beside a profile's running backend, on the same database and
# Keycloak, runs the suite against both, and stops the replica whatever the outcome (docs/replicas.md).
# Usage: tools/replicas/run.sh <run|test> [node --test options, e.g. reporters]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=scripts/profile.sh
source "$HERE/../../scripts/profile.sh" "${1:-test}"
shift $(($# > 0 ? 1 : 0))
trap '"$ROOT/scripts/stack.sh" down "$PROFILE" replica' EXIT
"$ROOT/scripts/stack.sh" up "$PROFILE" replica
REPLICA_A="http://localhost:$BACKEND_PORT" REPLICA_B="http://localhost:$REPLICA_PORT" \
  KEYCLOAK_URL="http://localhost:$KC_PORT" PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}" PG_SOCKET="$PG_DIR/sock" \
  PG_PORT="$PG_PORT" npm --prefix "$HERE" test -- "$@"
