#!/usr/bin/env bash
# Runs Otklik on this machine, no container engine needed: builds the SPA and the app, starts
# PostgreSQL (local or embedded), Keycloak with the demo realm, and the app on :8080.
# Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source docker/local/stack.sh

stack_log "Building the SPA (frontend/)"
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build)
stack_log "Building the app"
./mvnw -q -B package -DskipTests

trap 'echo; stack_log "Stopping"; stop_stack' EXIT INT TERM
start_database otklik
start_keycloak
start_app

cat <<MSG

  Otklik is running:   http://localhost:8080
    portal (citizens)  http://localhost:8080/         log in as citizen / citizen for «Мои обращения»
    staff workspace    http://localhost:8080/staff    log in as operator / operator (or head, executor, editor, admin)
    health, metrics    http://localhost:8080/q/health  http://localhost:8080/q/metrics
    Keycloak admin     http://localhost:8180/admin    admin / admin
  Logs: $OTKLIK_STATE/app.log   Press Ctrl-C to stop.

MSG
wait "$(cat "$OTKLIK_STATE/app.pid")"
