#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a new database of a profile's cluster, with the owners and grants
# it was made with: the roles it names (teamaround, teamaround_app, teamaround_audit) must exist, as scripts/pg.sh
# makes them. All or nothing: on any error the new database is dropped again.
# Usage: scripts/restore.sh <run|test|bench> <file> <database>
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 <run|test|bench> <file> <database>" >&2; exit 2; }
# shellcheck source=scripts/pg-common.sh
source "$(dirname "$0")/pg-common.sh" "$1"
file=$2 db=$3
running || { echo "PostgreSQL ($PROFILE) is not running" >&2; exit 1; }
[ -r "$file" ] || { echo "cannot read $file" >&2; exit 1; }

# sql <statement with :'db'>: one statement on the postgres database, the new database's name as a psql variable.
sql() { pg_super psql -X -q -t -A -v ON_ERROR_STOP=1 -v db="$db" -d postgres <<<"$1"; }

if [ -n "$(sql "SELECT 1 FROM pg_database WHERE datname = :'db'")" ]; then
  echo "database $db exists: restore into a new one (scripts/restore.sh $PROFILE $file <new name>)" >&2
  exit 1
fi
sql 'CREATE DATABASE :"db" OWNER teamaround'
if ! pg_super pg_restore -d "$db" --exit-on-error --single-transaction <"$file"; then
  echo "restore failed: dropping $db again" >&2
  sql 'DROP DATABASE :"db"'
  exit 1
fi
echo "Restored $file into $db ($PROFILE)"
