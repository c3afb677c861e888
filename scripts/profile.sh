#!/usr/bin/env bash
# Sourced by the other scripts: ports and state folders of a profile (docs/platform-contract.md).
# Usage: source scripts/profile.sh <run|test|bench>
# shellcheck disable=SC2034  # the variables are used by the scripts that source this file
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PROFILE=${1:-run}
KC_VERSION=26.7.3
KC_DIST="$ROOT/.run/keycloak/keycloak-$KC_VERSION"
# REPLICA_PORT: a second backend on the same database (scripts/stack.sh up <profile> replica, docs/replicas.md).
case "$PROFILE" in
  run)  STATE="$ROOT/.run";      PG_PORT=55432; KC_PORT=8180; KC_MGMT_PORT=9000; BACKEND_PORT=8080; REPLICA_PORT=8084; SPA_PORT=5173; SPA_DIST=dist ;;
  test) STATE="$ROOT/.run/test"; PG_PORT=55433; KC_PORT=8181; KC_MGMT_PORT=9001; BACKEND_PORT=8081; REPLICA_PORT=8083; SPA_PORT=5174; SPA_DIST=dist-test ;;
  # make bench (scripts/bench.sh): no SPA; its ports only keep it apart from run and test.
  bench) STATE="$ROOT/.run/bench"; PG_PORT=55434; KC_PORT=8182; KC_MGMT_PORT=9002; BACKEND_PORT=8082; REPLICA_PORT=8085; SPA_PORT=5175; SPA_DIST=dist ;;
  *) echo "unknown profile '$PROFILE' (expected run, test or bench)" >&2; exit 2 ;;
esac
PG_DIR="$STATE/pg"
LOG_DIR="$STATE/logs"
PID_DIR="$STATE/pids"

# Prints the pid recorded in $PID_DIR/<name>.pid when that process is alive; fails otherwise.
live_pid() {
  local f="$PID_DIR/$1.pid" pid
  [ -f "$f" ] || return 1
  pid=$(cat "$f")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# Waits until URL answers 200, up to $2 seconds; fails with the log tail ($3) otherwise.
wait_http_200() {
  local url=$1 timeout=$2 log=$3 pidname=${4:-} i
  for ((i = 0; i < timeout; i++)); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ] && return 0
    if [ -n "$pidname" ] && ! live_pid "$pidname" >/dev/null; then
      echo "$pidname exited before $url answered 200; last log lines ($log):" >&2
      tail -n 40 "$log" >&2 || true
      return 1
    fi
    sleep 1
  done
  echo "timed out after ${timeout}s waiting for $url; last log lines ($log):" >&2
  tail -n 40 "$log" >&2 || true
  return 1
}

# Stops the process group recorded in $PID_DIR/<name>.pid (started with setsid) and removes the file.
# TERM first, KILL after $2 seconds (default 30); never fails when the process is already gone.
stop_pidfile() {
  local grace=${2:-30} f="$PID_DIR/$1.pid" pid i
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 5; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}
