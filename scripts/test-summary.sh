#!/usr/bin/env bash
# Adds up the JUnit XML files that every test runner of `make test` wrote (Surefire, Vitest, Node's runner,
# Playwright) and prints one closing line, "TeamAround: N passed, N failed, N skipped".
# Fails when a runner reported a failure or when no test ran at all.
set -euo pipefail
total=0 failures=0 skipped=0
for dir in "$@"; do
  [ -d "$dir" ] || continue
  while IFS= read -r file; do
    total=$((total + $(grep -o '<testcase[ >]' "$file" | wc -l)))
    failures=$((failures + $(grep -oE '<(failure|error)[ >/]' "$file" | wc -l)))
    skipped=$((skipped + $(grep -oE '<skipped[ >/]' "$file" | wc -l)))
  done < <(find "$dir" -maxdepth 1 -name '*.xml')
done
passed=$((total - failures - skipped))
echo "TeamAround: $passed passed, $failures failed, $skipped skipped"
[ "$failures" -eq 0 ] && [ "$total" -gt 0 ]
