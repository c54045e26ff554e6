#!/usr/bin/env bash
# Knowledge search benchmark: loads 20 000 generated articles into its own database on the local
# PostgreSQL and measures kb_search latency over a few hundred varied queries (goal: p95 < 20 ms).
#
#   bench/knowledge/run.sh                 # PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres (trust auth)
#   BENCH_QUERIES=1000 bench/knowledge/run.sh
#
# Needs psql, Java 17+ and the PostgreSQL JDBC driver in the local Maven repository (any build of
# the app puts it there).
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="${BENCH_DB:-otklik_bench_knowledge}"

psql -qX -d postgres -c "drop database if exists $DB" -c "create database $DB"
for migration in "$ROOT"/src/main/resources/db/migration/V*__knowledge_*.sql; do
  psql -qX -v ON_ERROR_STOP=1 -d "$DB" -f "$migration"
done
started=$(date +%s)
psql -qX -v ON_ERROR_STOP=1 -d "$DB" -f generate.sql
echo "loaded in $(( $(date +%s) - started )) s"

driver="$(ls "$HOME"/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)"
java -cp "$driver" SearchBench.java "jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER" "${BENCH_QUERIES:-400}"
