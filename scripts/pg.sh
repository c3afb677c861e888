#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for local runs and tests (docs/platform-contract.md).
# Usage: scripts/pg.sh start|stop|status|empty-service-db [run|test]
# The test profile starts from a fresh cluster each time; the run profile keeps its data.
set -euo pipefail
cmd=${1:-}
# shellcheck source=scripts/pg-common.sh
source "$(dirname "$0")/pg-common.sh" "${2:-run}"
LOG="$LOG_DIR/postgres.log"

init_cluster() {
  if [ "$(id -u)" -eq 0 ] && ! id "$PG_USER" >/dev/null 2>&1; then
    echo "Creating system user $PG_USER"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PG_USER"
  fi
  if [ "$PROFILE" = test ]; then rm -rf "$PG_DIR"; fi
  mkdir -p "$PG_DIR" "$SOCK" "$LOG_DIR" "$PID_DIR"
  touch "$LOG"
  if [ "$(id -u)" -eq 0 ]; then chown -R "$PG_USER": "$PG_DIR" "$LOG"; fi
  chmod 700 "$PG_DIR" "$SOCK"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    echo "Creating PostgreSQL cluster in ${DATA#"$ROOT"/}"
    # Local (socket) connections are trusted; TCP needs a scram password.
    as_pg "$PG_BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
}

# Creates the roles and databases of the contract when missing (and resets the passwords): teamaround owns the
# service's database and migrates it; the service runs as teamaround_app; teamaround_audit (no login) owns the
# audit trail, and teamaround may hand tables to it.
ensure_dbs() {
  local db
  for db in teamaround keycloak; do
    pg_super psql -d postgres -v ON_ERROR_STOP=1 -q <<SQL
SELECT 'CREATE ROLE $db LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db') \gexec
ALTER ROLE $db WITH LOGIN PASSWORD '$db';
SELECT 'CREATE DATABASE $db OWNER $db' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \gexec
SQL
  done
  pg_super psql -d postgres -v ON_ERROR_STOP=1 -q <<SQL
SELECT 'CREATE ROLE teamaround_app LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'teamaround_app') \gexec
ALTER ROLE teamaround_app WITH LOGIN PASSWORD 'teamaround_app';
SELECT 'CREATE ROLE teamaround_audit NOLOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'teamaround_audit') \gexec
GRANT teamaround_audit TO teamaround;
SQL
}

start() {
  if running; then
    echo "PostgreSQL ($PROFILE) already running on 127.0.0.1:$PG_PORT"
  else
    init_cluster
    echo "Starting PostgreSQL ($PROFILE) on 127.0.0.1:$PG_PORT, log ${LOG#"$ROOT"/}"
    as_pg "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
      -o "-p $PG_PORT -k $SOCK -c listen_addresses=127.0.0.1" start >/dev/null
  fi
  head -1 "$DATA/postmaster.pid" >"$PID_DIR/postgres.pid"
  ensure_dbs
}

stop() {
  echo "Stopping PostgreSQL ($PROFILE)"
  if running; then as_pg "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
  rm -f "$PID_DIR/postgres.pid"
}

# Drops and recreates the service's database (Keycloak's stays): the backend migrates it again at its next start.
empty_service_db() {
  running || { echo "PostgreSQL ($PROFILE) is not running" >&2; exit 1; }
  pg_super psql -d postgres -v ON_ERROR_STOP=1 -q \
    -c 'DROP DATABASE IF EXISTS teamaround WITH (FORCE)' -c 'CREATE DATABASE teamaround OWNER teamaround'
}

case "$cmd" in
  start) start ;;
  empty-service-db) empty_service_db ;;
  stop) stop ;;
  status) if running; then echo "PostgreSQL ($PROFILE) running on 127.0.0.1:$PG_PORT"; else echo "PostgreSQL ($PROFILE) not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status|empty-service-db [run|test]" >&2; exit 2 ;;
esac
