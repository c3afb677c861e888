#!/usr/bin/env bash
# Starts/stops the local stack of a profile in order, each part only once the previous one is healthy:
# PostgreSQL, Keycloak, backend (packaged jar), SPA (vite preview of the built assets).
# Usage: scripts/stack.sh up|down|status <run|test> [pg] [keycloak] [backend] [replica] [spa]
# (default: all but replica, a second backend on the same database on $REPLICA_PORT, started only when named)
set -euo pipefail
cmd=${1:-}
# shellcheck source=scripts/profile.sh
source "$(dirname "$0")/profile.sh" "${2:-run}"
shift $(($# < 2 ? $# : 2))
ALL=(pg keycloak backend replica spa)   # the start order
parts=("$@")
if [ ${#parts[@]} -eq 0 ]; then
  parts=(pg keycloak backend spa)
  # a replica left running (a test step cut short) goes down with the rest
  if [ "$cmd" = down ] && [ -f "$PID_DIR/replica.pid" ]; then parts+=(replica); fi
fi
for p in "${parts[@]}"; do
  case " ${ALL[*]} " in *" $p "*) ;; *) echo "unknown component '$p' (expected: ${ALL[*]})" >&2; exit 2 ;; esac
done
S="$ROOT/scripts"
BACKEND_JAR=${BACKEND_JAR:-"$ROOT/backend/target/quarkus-app/quarkus-run.jar"}  # overridable for trying the scripts

is_up() {
  case "$1" in
    pg) "$S/pg.sh" status "$PROFILE" >/dev/null 2>&1 ;;
    keycloak) live_pid keycloak >/dev/null &&
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$KC_MGMT_PORT/health/ready")" = 200 ] ;;
    backend|replica) live_pid "$1" >/dev/null &&
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(port_of "$1")/q/health/ready")" = 200 ] ;;
    spa) live_pid spa >/dev/null &&
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$SPA_PORT/")" = 200 ] ;;
  esac
}

# detached LOG CMD...: runs CMD in a session of its own, logging to LOG, with none of our open files but stdio
# (a lock that whoever called us holds must not live on in a long-running server).
detached() {
  local log=$1; shift
  (
    for fd in $(ls /proc/$BASHPID/fd); do
      if [ "$fd" -gt 2 ]; then { eval "exec $fd>&-"; } 2>/dev/null; fi
    done
    exec setsid "$@"
  ) </dev/null >"$log" 2>&1 &
}

# The HTTP port of a backend: the profile's own, or its replica's.
port_of() { if [ "$1" = replica ]; then echo "$REPLICA_PORT"; else echo "$BACKEND_PORT"; fi; }

# start_backend <backend|replica>: both run the same jar with the same configuration, each on its own port.
start_backend() {
  [ -f "$BACKEND_JAR" ] || { echo "missing $BACKEND_JAR: build the backend first (make run does)" >&2; exit 1; }
  local name=$1 port log="$LOG_DIR/$1.log"
  port=$(port_of "$name")
  echo "Starting $name ($PROFILE) on http://localhost:$port, log ${log#"$ROOT"/}"
  TEAMAROUND_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/teamaround" \
  TEAMAROUND_DB_USER=teamaround_app TEAMAROUND_DB_PASSWORD=teamaround_app \
  TEAMAROUND_DB_OWNER_USER=teamaround TEAMAROUND_DB_OWNER_PASSWORD=teamaround \
  TEAMAROUND_OIDC_URL="http://localhost:$KC_PORT/realms/teamaround" \
  TEAMAROUND_OIDC_AUDIENCE=teamaround-backend QUARKUS_HTTP_PORT=$port TEAMAROUND_DEMO_CLOCK_CONTROL=true \
  TEAMAROUND_KEYCLOAK_URL="http://localhost:$KC_PORT" TEAMAROUND_BACKEND_CLIENT_SECRET=teamaround-backend-demo-secret \
    detached "$log" "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$BACKEND_JAR"
  echo $! >"$PID_DIR/$name.pid"
  wait_http_200 "http://localhost:$port/q/health/ready" 120 "$log" "$name" || { stop_pidfile "$name"; exit 1; }
}

start_spa() {
  [ -d "$ROOT/frontend/$SPA_DIST" ] || { echo "missing frontend/$SPA_DIST: build the SPA first (make run / make test do)" >&2; exit 1; }
  local log="$LOG_DIR/spa.log"
  echo "Starting SPA ($PROFILE) on http://localhost:$SPA_PORT (API proxied to :$BACKEND_PORT), log ${log#"$ROOT"/}"
  TEAMAROUND_API_URL="http://localhost:$BACKEND_PORT" \
    detached "$log" npm --prefix "$ROOT/frontend" run preview -- --outDir "$SPA_DIST" --port "$SPA_PORT" --strictPort
  echo $! >"$PID_DIR/spa.pid"
  wait_http_200 "http://localhost:$SPA_PORT/" 60 "$log" spa || { stop_pidfile spa; exit 1; }
}

up() {
  mkdir -p "$LOG_DIR" "$PID_DIR"
  local p todo=()
  for p in "${parts[@]}"; do is_up "$p" || todo+=("$p"); done
  if [ ${#todo[@]} -eq 0 ]; then echo "Stack ($PROFILE: ${parts[*]}) is already up"; return 0; fi
  for p in "${ALL[@]}"; do   # contract order, whatever order the arguments came in
    case " ${parts[*]} " in *" $p "*) ;; *) continue ;; esac
    if is_up "$p"; then echo "$p ($PROFILE) already up"; continue; fi
    case "$p" in
      pg) "$S/pg.sh" start "$PROFILE" ;;
      keycloak) "$S/keycloak.sh" start "$PROFILE" ;;
      backend|replica) stop_pidfile "$p" 5; start_backend "$p" ;;   # a recorded but unhealthy process is replaced
      spa) stop_pidfile spa 5; start_spa ;;
    esac
  done
}

down() {
  local i p
  for ((i = ${#ALL[@]} - 1; i >= 0; i--)); do   # reverse order
    p=${ALL[i]}
    case " ${parts[*]} " in *" $p "*) ;; *) continue ;; esac
    case "$p" in
      pg) "$S/pg.sh" stop "$PROFILE" ;;
      keycloak) "$S/keycloak.sh" stop "$PROFILE" ;;
      *) echo "Stopping $p ($PROFILE)"; stop_pidfile "$p" 30 ;;
    esac
  done
}

status() {
  local p rc=0
  for p in "${parts[@]}"; do
    if is_up "$p"; then echo "$p ($PROFILE): up"; else echo "$p ($PROFILE): down"; rc=1; fi
  done
  return $rc
}

case "$cmd" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status <run|test> [pg] [keycloak] [backend] [replica] [spa]" >&2; exit 2 ;;
esac
