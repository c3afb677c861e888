#!/usr/bin/env bash
# make test: every test suite against the test profile's stack (ports 55433/8181/8081/5174).
# Runs each step even when an earlier one failed, always stops the test stack, exits 1 if any step failed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export PATH="$ROOT/.run/node/bin:$PATH"
REPORTS="$ROOT/.run/test/reports"
export JUNIT_DIR="$REPORTS"
LOGS="$ROOT/.run/test/logs"
NAMES="$ROOT/.run/test/demo-names.txt"
rm -rf "$REPORTS" "$ROOT/backend/target/surefire-reports" "$NAMES"
mkdir -p "$REPORTS" "$LOGS"
failed=()
trap 'scripts/stack.sh down test || true' EXIT
trap 'exit 130' INT TERM

# step <name> <command...>: runs one step and records its failure instead of stopping.
step() {
  local name=$1; shift
  echo "=== $name"
  if "$@"; then return 0; fi
  echo "=== FAILED: $name" >&2
  failed+=("$name")
  return 1
}

step "toolchain" bash -c 'scripts/ensure-node.sh && scripts/ensure-chromium.sh && scripts/keycloak.sh fetch' || exit 1
step "stack up (pg, keycloak)" scripts/stack.sh up test pg keycloak || exit 1
# The backend tests' output is kept beside the services' logs for the log scan at the end.
step "backend tests" bash -c 'cd backend && ./mvnw -B -ntp verify 2>&1 | tee "$0/backend-tests.log"; exit "${PIPESTATUS[0]}"' \
  "$LOGS" || true
step "frontend install" npm --prefix frontend ci || true
step "frontend typecheck" npm --prefix frontend run typecheck || true
step "frontend unit tests" npm --prefix frontend test -- --reporter=default --reporter=junit \
  --outputFile.junit="$REPORTS/vitest.xml" || true
step "compose check" bash -c 'npm --prefix tools/compose-check ci && npm --prefix tools/compose-check test -- --test-reporter=spec \
  --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination="$JUNIT_DIR/compose-check.xml"' || true
# The SPA bundle carries the Keycloak URL: build it for the test Keycloak, then the browser tests.
step "demo loader tests" bash -c 'npm --prefix tools/demo-data ci --no-audit --no-fund && npm --prefix tools/demo-data test -- \
  --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit \
  --test-reporter-destination="$JUNIT_DIR/demo-data.xml"' || true
# The browser tests run on the demo service (as `make run` shows it), in a service database of its own: the backend
# tests' records are gone; the demo loader checks its Wakefield pilot figures (exit 1 otherwise).
if step "SPA build (test Keycloak)" env VITE_KEYCLOAK_URL=http://localhost:8181 npm --prefix frontend run build -- --outDir dist-test &&
   step "empty service database" scripts/pg.sh empty-service-db test &&
   step "stack up (backend, spa)" scripts/stack.sh up test backend spa &&
   step "demo data" env DEMO_NAMES_FILE="$NAMES" node tools/demo-data/load.mjs http://localhost:8081 http://localhost:8181; then
  step "browser tests" env E2E_BASE_URL=http://localhost:5174 npm --prefix frontend run e2e || true
  # A second backend on the same database (stopped again whatever the outcome): docs/replicas.md.
  step "replicas" tools/replicas/run.sh test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=junit --test-reporter-destination="$JUNIT_DIR/replicas.xml" || true
  # The service database backed up and restored into a scratch one, compared, dropped: docs/operations.md.
  step "backup and restore" tools/backup-check/run.sh test --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=junit --test-reporter-destination="$JUNIT_DIR/backup-check.xml" || true
fi

# Logs carry ids, never names: no demo child's, sibling's or carer's name may appear in any log of the run.
step "log scan" bash -c 'npm --prefix tools/log-scan ci --no-audit --no-fund && LOG_SCAN_NAMES="$0" \
  LOG_SCAN_PATHS="$1:backend/target/surefire-reports" npm --prefix tools/log-scan test -- --test-reporter=spec \
  --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination="$JUNIT_DIR/log-scan.xml"' \
  "$NAMES" "$LOGS" || true

scripts/test-summary.sh "$ROOT/backend/target/surefire-reports" "$REPORTS" || failed+=("test summary")
if [ ${#failed[@]} -gt 0 ]; then
  printf 'make test: FAILED steps:\n' >&2
  printf '  - %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "make test: all steps passed"
