#!/usr/bin/env bash
# Shared by docker/run-local.sh and .ci/e2e: start PostgreSQL, Keycloak and the packaged app
# on this machine without containers. Source it, then call the functions.
#
#   OTKLIK_DB_URL / OTKLIK_DB_USER / OTKLIK_DB_PASSWORD  use this PostgreSQL as it is
#   (otherwise: the local server on 127.0.0.1:5432 if it answers, else an embedded one on :5437;
#   OTKLIK_EMBEDDED_DB=1 always takes the embedded one)

OTKLIK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OTKLIK_STATE="${OTKLIK_STATE:-$HOME/.cache/otklik}"
mkdir -p "$OTKLIK_STATE"

stack_log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Waits for a URL to answer 2xx, printing a dot a second; fails after $2 seconds.
wait_for() {
  local url=$1 timeout=$2 what=$3 waited=0
  printf '    waiting for %s ' "$what"
  until curl -fs -o /dev/null --max-time 3 "$url"; do
    waited=$((waited + 1))
    if [ "$waited" -ge "$timeout" ]; then
      printf ' gave up after %ss\n' "$timeout"
      return 1
    fi
    printf '.'
    sleep 1
  done
  printf ' ready (%ss)\n' "$waited"
}

# Sets DB_URL/DB_USER/DB_PASSWORD for a database named $1.
start_database() {
  local name=$1
  if [ -n "${OTKLIK_DB_URL:-}" ]; then
    DB_URL=$OTKLIK_DB_URL DB_USER=${OTKLIK_DB_USER:-postgres} DB_PASSWORD=${OTKLIK_DB_PASSWORD:-postgres}
    stack_log "PostgreSQL: using $DB_URL"
    return
  fi
  if [ "${OTKLIK_EMBEDDED_DB:-0}" != 1 ] && command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 \
      && psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    if [ "${OTKLIK_FRESH_DB:-0}" = 1 ]; then
      psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists \"$name\" with (force)" >/dev/null
    fi
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$name'" | grep -q 1 \
      || psql -q -h 127.0.0.1 -U postgres -d postgres -c "create database \"$name\"" >/dev/null
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$name" DB_USER=postgres DB_PASSWORD=postgres
    stack_log "PostgreSQL: local server, database $name"
    return
  fi
  stack_log "PostgreSQL: none running here, starting an embedded server on :5437"
  (cd "$OTKLIK_ROOT" && ./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt >/dev/null && ./mvnw -q -B test-compile >/dev/null)
  local data="$OTKLIK_STATE/pgdata"
  [ "${OTKLIK_FRESH_DB:-0}" = 1 ] && rm -rf "$data"
  java -cp "$OTKLIK_ROOT/target/test-classes:$(cat "$OTKLIK_ROOT/target/test-classpath.txt")" \
    ru.otklik.testing.EmbeddedPostgresServer 5437 "$data" "$name" >"$OTKLIK_STATE/postgres.log" 2>&1 &
  echo $! >"$OTKLIK_STATE/postgres.pid"
  local waited=0
  until grep -q "PostgreSQL ready" "$OTKLIK_STATE/postgres.log" 2>/dev/null; do
    waited=$((waited + 1))
    [ "$waited" -lt 120 ] || { cat "$OTKLIK_STATE/postgres.log"; return 1; }
    sleep 1
  done
  DB_URL="jdbc:postgresql://127.0.0.1:5437/$name" DB_USER=postgres DB_PASSWORD=postgres
}

start_keycloak() {
  stack_log "Keycloak: realm otklik on :8180"
  "$OTKLIK_ROOT/docker/keycloak/start-local.sh"
}

# Runs target/quarkus-app in the prod profile with only standard environment variables.
start_app() {
  stack_log "Otklik: starting the packaged app on :${PORT:-8080}"
  QUARKUS_DATASOURCE_JDBC_URL=$DB_URL \
  QUARKUS_DATASOURCE_USERNAME=$DB_USER \
  QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
  QUARKUS_OIDC_AUTH_SERVER_URL=${QUARKUS_OIDC_AUTH_SERVER_URL:-http://localhost:8180/realms/otklik} \
    java -jar "$OTKLIK_ROOT/target/quarkus-app/quarkus-run.jar" >"$OTKLIK_STATE/app.log" 2>&1 &
  echo $! >"$OTKLIK_STATE/app.pid"
  wait_for "http://localhost:${PORT:-8080}/q/health/ready" 120 "the app" || { tail -50 "$OTKLIK_STATE/app.log"; return 1; }
}

stop_stack() {
  for svc in app postgres; do
    if [ -f "$OTKLIK_STATE/$svc.pid" ]; then
      kill "$(cat "$OTKLIK_STATE/$svc.pid")" 2>/dev/null || true
      rm -f "$OTKLIK_STATE/$svc.pid"
    fi
  done
  "$OTKLIK_ROOT/docker/keycloak/stop-local.sh" >/dev/null 2>&1 || true
}
