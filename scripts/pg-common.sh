#!/usr/bin/env bash
# Sourced by pg.sh, backup.sh and restore.sh: where a profile's PostgreSQL cluster lives and how to reach it as its
# superuser over the cluster's own socket (docs/platform-contract.md).
# Usage: source scripts/pg-common.sh <run|test|bench>
# shellcheck disable=SC2034  # the variables are used by the scripts that source this file
# shellcheck source=scripts/profile.sh
source "$(dirname "${BASH_SOURCE[0]}")/profile.sh" "${1:-run}"
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DATA="$PG_DIR/data"
SOCK="$PG_DIR/sock"
PG_USER=teamaround-pg

# postgres refuses to run as root: as root, run everything as the system user teamaround-pg.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi
}

running() { [ -f "$DATA/PG_VERSION" ] && as_pg "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

# pg_super <program> <args...>: a client program (psql, pg_dump, pg_restore) as the superuser on the socket.
pg_super() {
  local program=$1
  shift
  as_pg "$PG_BIN/$program" -h "$SOCK" -p "$PG_PORT" -U postgres "$@"
}
