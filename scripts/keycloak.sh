#!/usr/bin/env bash
# Keycloak for local runs and tests (docs/platform-contract.md).
# Usage: scripts/keycloak.sh fetch | start [run|test] | stop [run|test] | status [run|test]
set -euo pipefail
cmd=${1:-}
# shellcheck source=scripts/profile.sh
source "$(dirname "$0")/profile.sh" "${2:-run}"
KC_URL="https://repo1.maven.org/maven2/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
# Per-profile Keycloak home: bin/lib/themes/providers/conf are symlinks into the shared distribution,
# data/ (tmp files, transaction logs, import folder) is the profile's own, so run and test can run at once.
KC_HOME="$STATE/keycloak-home"
LOG="$LOG_DIR/keycloak.log"

fetch() {
  [ -x "$KC_DIST/bin/kc.sh" ] && return 0
  echo "Downloading Keycloak $KC_VERSION from Maven Central into .run/keycloak"
  mkdir -p "$ROOT/.run/keycloak"
  local tmp; tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' RETURN
  curl -fsSL --retry 3 -o "$tmp/kc.zip" "$KC_URL"
  echo "$(curl -fsSL "$KC_URL.sha1")  $tmp/kc.zip" | sha1sum -c --quiet
  unzip -q "$tmp/kc.zip" -d "$tmp/x"
  rm -rf "$KC_DIST"
  mv "$tmp/x/keycloak-$KC_VERSION" "$KC_DIST"
}

prepare_home() {
  mkdir -p "$KC_HOME/data/import" "$LOG_DIR" "$PID_DIR"
  local d
  for d in conf lib providers themes version.txt; do
    ln -sfn "$KC_DIST/$d" "$KC_HOME/$d"
  done
  # kc.sh derives kc.home.dir from its own resolved path, so it must be a copy, not a symlink.
  mkdir -p "$KC_HOME/bin"
  cp "$KC_DIST/bin/kc.sh" "$KC_HOME/bin/kc.sh"
  cp "$ROOT/keycloak/teamaround-realm.json" "$KC_HOME/data/import/teamaround-realm.json"
}

start() {
  if pid=$(live_pid keycloak); then
    echo "Keycloak ($PROFILE) already running, pid $pid"
    wait_http_200 "http://localhost:$KC_MGMT_PORT/health/ready" 180 "$LOG" keycloak; return
  fi
  fetch
  prepare_home
  echo "Starting Keycloak ($PROFILE) on http://localhost:$KC_PORT (management $KC_MGMT_PORT), log ${LOG#"$ROOT"/}"
  local java_home=${JAVA_HOME:-}
  [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ] && java_home=/usr/lib/jvm/temurin-25-jdk-amd64
  # The first start-dev rewrites the shared lib/quarkus (build for the dev profile): one start at a time.
  exec 9>"$ROOT/.run/keycloak/start.lock"
  flock 9
  # setsid: own process group, so stop can end kc.sh and the java it runs together.
  # --health-enabled: without it the management port serves no /health/ready.
  JAVA_HOME=$java_home KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --http-management-port "$KC_MGMT_PORT" \
      --health-enabled=true --import-realm --db postgres \
      --db-url "jdbc:postgresql://127.0.0.1:$PG_PORT/keycloak" --db-username keycloak --db-password keycloak \
      </dev/null >"$LOG" 2>&1 9>&- &
  echo $! >"$PID_DIR/keycloak.pid"
  wait_http_200 "http://localhost:$KC_MGMT_PORT/health/ready" 180 "$LOG" keycloak || { stop; exit 1; }
  exec 9>&-
}

stop() {
  echo "Stopping Keycloak ($PROFILE)"
  stop_pidfile keycloak 30
}

case "$cmd" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) if pid=$(live_pid keycloak); then echo "Keycloak ($PROFILE) running, pid $pid"; else echo "Keycloak ($PROFILE) not running"; exit 1; fi ;;
  *) echo "usage: $0 fetch | start|stop|status [run|test]" >&2; exit 2 ;;
esac
