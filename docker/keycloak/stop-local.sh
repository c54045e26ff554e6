#!/usr/bin/env bash
# Stops the Keycloak started by start-local.sh (found through its pidfile).
set -euo pipefail

KC_VERSION=26.5.6
KC_HOME="${OTKLIK_KEYCLOAK_HOME:-$HOME/.cache/otklik/keycloak-$KC_VERSION}"
PIDFILE="$KC_HOME/keycloak.pid"

if [ ! -f "$PIDFILE" ]; then
  echo "Keycloak: not running (no $PIDFILE)"
  exit 0
fi
pid="$(cat "$PIDFILE")"
case "$pid" in ''|*[!0-9]*) rm -f "$PIDFILE"; echo "Keycloak: removed an unreadable pidfile"; exit 0 ;; esac

# start-local.sh runs kc.sh under setsid, so $pid leads a process group holding kc.sh and its JVM.
group_alive() { kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; }

if ! group_alive; then
  rm -f "$PIDFILE"
  echo "Keycloak: not running (stale pidfile removed)"
  exit 0
fi

echo "Keycloak: stopping (PID $pid)…"
kill -TERM "$pid" 2>/dev/null || true          # kc.sh forwards TERM to the JVM
for _ in $(seq 1 30); do
  group_alive || break
  sleep 1
done
if group_alive; then
  echo "Keycloak: still running after 30 s, sending KILL"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  sleep 1
fi
rm -f "$PIDFILE"
echo "Keycloak: stopped"
