#!/usr/bin/env bash
# Adds up the JUnit XML files that every test runner of `make test` wrote (Surefire, Vitest, Node's runner,
# Playwright) and prints one closing line, "TeamAround: N passed, N failed, N skipped".
# Fails when a runner reported a failure or when no test ran at all.
set -euo pipefail
total=0 failures=0 skipped=0
# count <regex> <file>: how many times the pattern occurs (0 when it does not).
count() { { grep -oE "$1" "$2" || true; } | wc -l; }
for dir in "$@"; do
  [ -d "$dir" ] || continue
  while IFS= read -r file; do
    total=$((total + $(count '<testcase[ >]' "$file")))
    failures=$((failures + $(count '<(failure|error)[ >/]' "$file")))
    skipped=$((skipped + $(count '<skipped[ >/]' "$file")))
  done < <(find "$dir" -maxdepth 1 -name '*.xml')
done
passed=$((total - failures - skipped))
echo "TeamAround: $passed passed, $failures failed, $skipped skipped"
[ "$failures" -eq 0 ] && [ "$total" -gt 0 ]
