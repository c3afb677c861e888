#!/usr/bin/env bash
# Backs up the service's database of a profile: pg_dump's custom format, as the superuser on the cluster's socket, so
# that the owners (the audit trail's teamaround_audit), grants, monthly partitions and Flyway's history come with it.
# Roles are the cluster's, not the database's: restore into a cluster that has them (scripts/restore.sh).
# Usage: scripts/backup.sh <run|test|bench> <file> [more pg_dump options, e.g. --snapshot=<id>]
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 <run|test|bench> <file> [pg_dump options]" >&2; exit 2; }
# shellcheck source=scripts/pg-common.sh
source "$(dirname "$0")/pg-common.sh" "$1"
file=$2
shift 2
running || { echo "PostgreSQL ($PROFILE) is not running" >&2; exit 1; }
# Children's records: readable by the caller only; a dump that failed half-way never takes the file's name.
umask 077
pg_super pg_dump -d teamaround --format=custom "$@" >"$file.partial" || { rm -f "$file.partial"; exit 1; }
mv "$file.partial" "$file"
echo "Backed up teamaround ($PROFILE) to $file ($(du -h "$file" | cut -f1))"
