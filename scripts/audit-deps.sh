#!/usr/bin/env bash
# Known vulnerabilities in what TeamAround ships (docs/security/dependency-audit.md): `npm audit --omit=dev` of the
# SPA and the demo loader, OWASP dependency-check of the backend. An audit whose advisory service cannot be reached
# is skipped with the reason. Exit 1: a high or critical advisory; 2: nothing could be audited; 0 otherwise.
# Not part of `make test`: a new advisory would turn CI red for reasons outside the change.
# NVD_API_KEY (optional) speeds up dependency-check's download of the NVD a great deal.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -d "$root/.run/node/bin" ]; then
  export PATH="$root/.run/node/bin:$PATH"
fi

DEPENDENCY_CHECK_VERSION=13.0.0
NVD_API=https://services.nvd.nist.gov/rest/json/cves/2.0

# Reads `npm audit --json` on stdin and prints each advisory. Exits 1 on high or critical, 2 when npm could not audit.
# shellcheck disable=SC2016 # JavaScript: its ${...} are template literals, not shell expansions.
readonly SUMMARISE_NPM_AUDIT='
const dir = process.argv[1];
let report;
try { report = JSON.parse(require("fs").readFileSync(0, "utf8")); } catch { report = { message: "no JSON answer" }; }
if (!report.metadata) {
  console.log(`SKIPPED ${dir}: npm could not audit (${report.message ?? report.error?.summary})`);
  process.exit(2);
}
for (const v of Object.values(report.vulnerabilities)) {
  const advisories = v.via.map((via) => (typeof via === "string" ? `through ${via}` : `${via.title} ${via.url}`));
  console.log(`  ${v.name} ${v.range}: ${v.severity}; ${advisories.join("; ")}; fix ${v.fixAvailable ? "available" : "not yet"}`);
}
const n = report.metadata.vulnerabilities;
console.log(`${dir}: ${n.total} vulnerable packages (critical ${n.critical}, high ${n.high}, moderate ${n.moderate}, low ${n.low})`);
process.exit(n.critical + n.high > 0 ? 1 : 0);
'

npm_audit() {
  local dir=$1 report
  echo "== npm audit --omit=dev in $dir"
  report=$(cd "$root/$dir" && npm audit --omit=dev --json 2>/dev/null) || true
  node -e "$SUMMARISE_NPM_AUDIT" "$dir" <<<"$report"
}

backend_audit() {
  echo "== OWASP dependency-check $DEPENDENCY_CHECK_VERSION in backend"
  if ! curl -sI -m 10 -o /dev/null "$NVD_API"; then
    echo "SKIPPED backend: ${NVD_API%%/rest/*} cannot be reached from this machine"
    return 2
  fi
  local key=()
  if [ -n "${NVD_API_KEY:-}" ]; then
    key=(-DnvdApiKeyEnvironmentVariable=NVD_API_KEY)
  fi
  # CVSS 7 or more fails, like npm's high; the report is backend/target/dependency-check-report.html.
  (cd "$root/backend" && ./mvnw -q -B "org.owasp:dependency-check-maven:$DEPENDENCY_CHECK_VERSION:check" \
    -DfailBuildOnCVSS=7 "${key[@]}")
}

passed=() failed=() skipped=()
# audit <name> <command...>: runs one audit and files its outcome under its name.
audit() {
  local name=$1 status=0
  shift
  "$@" || status=$?
  case $status in
    0) passed+=("$name") ;;
    2) skipped+=("$name") ;;
    *) failed+=("$name") ;;
  esac
}

command -v npm >/dev/null || { echo "npm is not on PATH (scripts/ensure-node.sh installs it into .run/node)"; exit 1; }
audit frontend npm_audit frontend
audit tools/demo-data npm_audit tools/demo-data
audit backend backend_audit

echo
if [ ${#skipped[@]} -gt 0 ]; then
  echo "Not audited (the SKIPPED lines above say why): ${skipped[*]}"
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "High or critical advisories in: ${failed[*]}"
  exit 1
fi
if [ ${#passed[@]} -eq 0 ]; then
  echo "Nothing could be audited."
  exit 2
fi
echo "No high or critical advisory in what could be audited."
