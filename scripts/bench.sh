#!/usr/bin/env bash
# make bench: generates a large data set into a bench profile stack of its own (ports 55434, 8182, 8082), drives the
# backend over HTTP with tools/bench and writes docs/benchmarks.md. Not part of make test. Always stops the stack.
# Usage: scripts/bench.sh [all|generate|measure]
#   all (default)  fresh PostgreSQL cluster and Keycloak, migrate, generate, measure
#   generate       fresh PostgreSQL cluster and Keycloak, migrate, generate (no measuring)
#   measure        measure again on the data set the last `all` left (the records it used up stay used)
# BENCH_REFERRALS (default 1000000) scales the whole data set; BACKEND_JAR picks the backend (scripts/stack.sh).
set -euo pipefail
cmd=${1:-all}
# shellcheck source=scripts/profile.sh
source "$(dirname "$0")/profile.sh" bench
N=${BENCH_REFERRALS:-1000000}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
S="$ROOT/scripts"
FIXTURES="$STATE/fixtures"
AUDIT_SLICE=1000000
export PATH="$ROOT/.run/node/bin:$PATH" BACKEND_JAR=${BACKEND_JAR:-"$ROOT/backend/target/quarkus-app/quarkus-run.jar"}

# psql as the superuser over the cluster's socket: the audit trail belongs to a role nobody signs in as.
sql() {
  local psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR/sock" -p "$PG_PORT" -U postgres -d teamaround)
  if [ "$(id -u)" -eq 0 ]; then runuser -u teamaround-pg -- "${psql[@]}" "$@"; else "${psql[@]}" "$@"; fi
}

token() {
  curl -fsS "http://localhost:$KC_PORT/realms/teamaround/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=teamaround-cli -d username="$1" -d password=demo | node -e 'process.stdin.on("data", (d) =>
      process.stdout.write(JSON.parse(d).access_token))'
}

# A fresh cluster and Keycloak; the backend starts once so Flyway makes the schema, and a senior lists the
# practitioners so the practitioner table holds the demo realm's (the cases are allocated to them).
fresh_stack() {
  "$S/stack.sh" down bench >/dev/null 2>&1 || true
  rm -rf "$STATE"
  "$S/stack.sh" up bench pg keycloak backend
  curl -fsS -o /dev/null -H "Authorization: Bearer $(token senior1)" "http://localhost:$BACKEND_PORT/api/v1/practitioners"
  "$S/stack.sh" down bench backend
}

generate() {
  local first_day=2019-09-02 last_day total lo hi started
  last_day=$(date -u -d yesterday +%F)
  total=$((N * 20))
  started=$(date +%s)
  local vars=(-v n="$N" -v schools=$((N / 500 > 4 ? N / 500 : 4)) -v pool=$((N / 100 > 5000 ? N / 100 : 5000))
    -v first_day="$first_day" -v last_day="$last_day")
  echo "Generating $N referrals, their schools, panel decisions and cases (log ${LOG_DIR#"$ROOT"/}/generate.log)"
  # Fewer checkpoints while loading gigabytes; the cluster is the bench's own and made again at every run.
  sql -c "alter system set max_wal_size = '4GB'" -c 'select pg_reload_conf()' >/dev/null
  cat "$S/bench/referrals.sql" "$S/bench/casework.sql" | sql "${vars[@]}" >"$LOG_DIR/generate.log"
  for ((lo = 1; lo <= total; lo += AUDIT_SLICE)); do
    hi=$((lo + AUDIT_SLICE - 1 < total ? lo + AUDIT_SLICE - 1 : total))
    echo "  audit rows $lo..$hi of $total ($(($(date +%s) - started)) s so far)"
    sql "${vars[@]}" -v lo=$lo -v hi=$hi -v total=$total <"$S/bench/audit.sql" >>"$LOG_DIR/generate.log"
  done
  echo "  vacuum and analyze"
  sql -c 'vacuum (analyze)'
  GENERATION_SECONDS=$(($(date +%s) - started))
  echo "Generated in $GENERATION_SECONDS s"
}

# The records the load driver picks from, in an order fixed by md5 so reruns ask for the same ones.
write_fixtures() {
  mkdir -p "$FIXTURES"
  sql -At -F, -c "select id from referral where school_urn = '100001' and state <> 'DRAFT'
    order by md5(id::text) limit 2000" >"$FIXTURES/school-referrals.csv"
  sql -At -F, -c "select id from referral order by md5(id::text) limit 2000" >"$FIXTURES/any-referrals.csv"
  sql -At -F, -c "select r.id, a.name from referral r join school s on s.urn = r.school_urn
    join area a on a.id = s.area_id where r.state = 'SUBMITTED' order by md5(r.id::text)" >"$FIXTURES/awaiting-panel.csv"
}

# pg_stat_statements times every statement inside PostgreSQL: the audit insert's share of a write comes from it.
# Loading it needs a restart, so Keycloak (whose database is in the same cluster) is stopped first and started after.
track_statements() {
  if [ "$(sql -At -c 'show shared_preload_libraries')" != pg_stat_statements ]; then
    sql -c "alter system set shared_preload_libraries = 'pg_stat_statements'" >/dev/null
    # Keycloak's connections would not survive the restart (after `generate`, it is up): measure starts it again.
    "$S/stack.sh" down bench keycloak
    "$S/pg.sh" stop bench && "$S/pg.sh" start bench
  fi
  sql -c 'create extension if not exists pg_stat_statements' -c 'select pg_stat_statements_reset()' >/dev/null
}

# The audit rows a create + submit wrote (the bench's drafts are all "Bench Child"; the rows of later reads, as the
# lists show them, are not the write's) and one audit insert's mean time.
audit_cost() {
  sql -At -c "select json_build_object(
    'insertMs', (select sum(total_exec_time) / sum(calls) from pg_stat_statements where query like 'insert into audit_event%'),
    'inserts', (select sum(calls) from pg_stat_statements where query like 'insert into audit_event%'),
    'rowsPerReferral', (select count(a.id)::float8 / nullif(count(distinct r.id), 0) from referral r
      left join audit_event a on a.record_id = r.id and a.action in ('CREATE', 'UPDATE', 'TRANSITION')
      where r.child_first_name = 'Bench' and r.child_last_name = 'Child' and r.submitted_at is not null))"
}

measure() {
  [ -d "$ROOT/tools/bench/node_modules" ] || npm --prefix "$ROOT/tools/bench" ci --no-audit --no-fund
  "$S/stack.sh" up bench pg
  track_statements
  "$S/stack.sh" up bench keycloak
  write_fixtures
  local started java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  started=$(date +%s.%N)
  "$S/stack.sh" up bench backend
  export BENCH_AUDIT BENCH_STARTUP_SECONDS BENCH_QUARKUS_STARTED BENCH_RSS_KB BENCH_DB_BYTES BENCH_PG_VERSION BENCH_JAVA_VERSION \
    BENCH_DATASET BENCH_GENERATION_SECONDS=${GENERATION_SECONDS:-"(earlier run)"} BENCH_REFERRALS=$N
  BENCH_STARTUP_SECONDS=$(awk -v from="$started" -v to="$(date +%s.%N)" 'BEGIN { printf "%.1f", to - from }')
  BENCH_QUARKUS_STARTED=$(grep -oP 'started in \K[0-9.]+(?=s)' "$LOG_DIR/backend.log" | tail -1 || true)
  # A migration that rewrote a table leaves its pages not yet all-visible, so its index-only scans read the heap until
  # autovacuum passes (minutes, in service); the load starts after a vacuum instead, as on a settled database.
  echo "Backend ready after $BENCH_STARTUP_SECONDS s; vacuum, then measuring"
  sql -c 'vacuum (analyze)'
  (cd "$ROOT" && BENCH_BACKEND_URL="http://localhost:$BACKEND_PORT" BENCH_KEYCLOAK_URL="http://localhost:$KC_PORT" \
    BENCH_FIXTURES="$FIXTURES" BENCH_RESULTS="$STATE/results.json" node tools/bench/run.mjs)
  BENCH_AUDIT=$(audit_cost)
  BENCH_RSS_KB=$(ps -o rss= --sid "$(cat "$PID_DIR/backend.pid")" | awk '{ kb += $1 } END { print kb }')
  BENCH_DB_BYTES=$(sql -At -c "select pg_database_size('teamaround')")
  BENCH_PG_VERSION=$(sql -At -c "select current_setting('server_version') || ' (shared_buffers '
    || current_setting('shared_buffers') || ', max_wal_size ' || current_setting('max_wal_size') || ')'")
  BENCH_JAVA_VERSION=$("$java" -version 2>&1 | head -1)
  BENCH_DATASET=$(sql -At -c "select json_build_object('referrals', (select count(*) from referral),
    'schools', (select count(*) from school), 'cases', (select count(*) from support_case),
    'contacts', (select count(*) from case_contact), 'reviews', (select count(*) from case_review),
    'decisions', (select count(*) from triage_decision), 'audit', (select count(*) from audit_event))")
  (cd "$ROOT" && BENCH_RESULTS="$STATE/results.json" node tools/bench/report.mjs)
}

trap '"$S/stack.sh" down bench' EXIT
"$S/ensure-node.sh"
case "$cmd" in
  all) fresh_stack; generate; measure ;;
  generate) fresh_stack; generate ;;
  measure) measure ;;
  *) echo "usage: $0 [all|generate|measure]" >&2; exit 2 ;;
esac
