#!/usr/bin/env bash
# Starts a real Keycloak for Otklik without containers (local runs and CI).
#
#   docker/keycloak/start-local.sh      # start (or reuse) Keycloak on :8180 with realm "otklik"
#   docker/keycloak/stop-local.sh       # stop it
#
# Environment:
#   OTKLIK_KEYCLOAK_HOME     where Keycloak is unpacked (default ~/.cache/otklik/keycloak-26.5.6)
#   KEYCLOAK_PORT            HTTP port (default 8180)
#   KEYCLOAK_HTTP_HOST       interface to listen on (default 127.0.0.1; 0.0.0.0 for all)
#   KEYCLOAK_START_TIMEOUT   seconds to wait for the realm to answer (default 180)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD  master-realm admin (default admin/admin)
#
# The distribution (org.keycloak:keycloak-quarkus-dist, ~164 MB) is fetched once with the system
# Maven from Maven's default repository, so nothing but Java 17+, Maven, curl and unzip is needed.
# The h2 database is deleted on every start, so the realm is always re-imported from
# otklik-realm.json (all changes made in the admin console are lost on restart).
set -euo pipefail

KC_VERSION=26.5.6
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REALM_FILE="$SCRIPT_DIR/otklik-realm.json"
KC_HOME="${OTKLIK_KEYCLOAK_HOME:-$HOME/.cache/otklik/keycloak-$KC_VERSION}"
PORT="${KEYCLOAK_PORT:-8180}"
HTTP_HOST="${KEYCLOAK_HTTP_HOST:-127.0.0.1}"
TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
PIDFILE="$KC_HOME/keycloak.pid"
LOGFILE="$KC_HOME/keycloak.log"
BASE_URL="http://localhost:$PORT"
WELL_KNOWN="$BASE_URL/realms/otklik/.well-known/openid-configuration"
DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

log() { printf 'Keycloak: %s\n' "$*"; }
die() { printf 'Keycloak: ERROR: %s\n' "$*" >&2; exit 1; }

for tool in java curl unzip; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is required but not found in PATH"
done

# 1. Already running with our realm? Then there is nothing to do.
if curl -fsS -o /dev/null --max-time 5 "$WELL_KNOWN" 2>/dev/null; then
  log "already running on port $PORT with realm otklik ($BASE_URL/realms/otklik)"
  exit 0
fi
http_code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/" 2>/dev/null || true)"
if [ -n "$http_code" ] && [ "$http_code" != "000" ]; then
  die "port $PORT is taken by something that does not serve realm otklik (HTTP $http_code on $BASE_URL/)"
fi

# 2. Fetch and unpack the distribution once.
if [ ! -x "$KC_HOME/bin/kc.sh" ]; then
  command -v mvn >/dev/null 2>&1 || die "'mvn' is required to download Keycloak (or unpack it into $KC_HOME yourself)"
  [ -e "$KC_HOME" ] && die "$KC_HOME exists but holds no bin/kc.sh; remove it and retry"
  work="$(mktemp -d "${TMPDIR:-/tmp}/otklik-keycloak.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  log "downloading keycloak-quarkus-dist $KC_VERSION (164 MB, once)…"
  # Run from an empty directory so the project's pom.xml and .mvn/ settings are not involved.
  ( cd "$work" && mvn -B -q -Dstyle.color=never "$DEP_PLUGIN:copy" \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$work" ) || die "Maven could not fetch org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip"
  log "unpacking into $KC_HOME…"
  unzip -q "$work/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$work/unpacked"
  mkdir -p "$(dirname "$KC_HOME")"
  mv "$work/unpacked/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$work"
  trap - EXIT
fi

# 3. A stale pidfile from a crashed run? A live one means Keycloak is still starting or broken.
if [ -f "$PIDFILE" ]; then
  old_pid="$(cat "$PIDFILE" 2>/dev/null || true)"
  if [ -n "$old_pid" ] && kill -0 "$old_pid" 2>/dev/null; then
    die "a Keycloak started by this script (PID $old_pid) is running but realm otklik does not answer on port $PORT; run stop-local.sh first (log: $LOGFILE)"
  fi
  rm -f "$PIDFILE"
fi

# 4. Fresh import of the realm.
mkdir -p "$KC_HOME/data/import"
cp "$REALM_FILE" "$KC_HOME/data/import/otklik-realm.json"
rm -rf "$KC_HOME/data/h2"

# 5. Start in the background, in its own session so stop-local.sh can end the whole group.
#    KC_HOSTNAME pins the issuer to http://localhost:$PORT/realms/otklik, whatever host name a
#    request uses; back-channel endpoints (token, jwks) still follow the request's host.
export KC_HOSTNAME="${KC_HOSTNAME:-http://localhost:$PORT}"
export KC_HOSTNAME_BACKCHANNEL_DYNAMIC="${KC_HOSTNAME_BACKCHANNEL_DYNAMIC:-true}"
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
log "starting $KC_VERSION on $HTTP_HOST:$PORT (log: $LOGFILE)"
start_ts="$(date +%s)"
setsid "$KC_HOME/bin/kc.sh" start-dev --http-port="$PORT" --http-host="$HTTP_HOST" --import-realm \
  </dev/null >"$LOGFILE" 2>&1 &
kc_pid=$!
echo "$kc_pid" >"$PIDFILE"

# 6. Wait until the realm's discovery document answers.
printf 'Keycloak: waiting for %s ' "$WELL_KNOWN"
while :; do
  if curl -fsS -o /dev/null --max-time 2 "$WELL_KNOWN" 2>/dev/null; then
    break
  fi
  if ! kill -0 "$kc_pid" 2>/dev/null; then
    printf '\n'
    rm -f "$PIDFILE"
    tail -n 40 "$LOGFILE" >&2 || true
    die "process exited during start-up (log: $LOGFILE)"
  fi
  if [ $(( $(date +%s) - start_ts )) -ge "$TIMEOUT" ]; then
    printf '\n'
    tail -n 40 "$LOGFILE" >&2 || true
    die "realm otklik did not answer within ${TIMEOUT}s; Keycloak is left running (PID $kc_pid), see $LOGFILE or run stop-local.sh"
  fi
  printf '.'
  sleep 1
done
printf '\n'

issuer="$(curl -fsS --max-time 5 "$WELL_KNOWN" | sed -n 's/.*"issuer":"\([^"]*\)".*/\1/p')"
log "ready in $(( $(date +%s) - start_ts ))s, PID $kc_pid, issuer $issuer"
log "admin console $BASE_URL/admin/ ($KC_BOOTSTRAP_ADMIN_USERNAME / ****); demo users: password = login"
