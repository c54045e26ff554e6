#!/usr/bin/env bash
# Smoke test of the running "otklik" realm (after start-local.sh, or against the compose Keycloak):
# password-grant tokens for every demo user through otklik-cli (aud, realm_access.roles, groups)
# and the PKCE rules of otklik-spa. Needs curl, jq, openssl. Exit code 0 = all checks passed.
set -euo pipefail

KC="${KEYCLOAK_URL:-http://localhost:${KEYCLOAK_PORT:-8180}}"
REALM_URL="$KC/realms/otklik"
ISSUER="${EXPECTED_ISSUER:-$REALM_URL}"
failures=0
ok()   { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }

for tool in curl jq openssl base64; do
  command -v "$tool" >/dev/null 2>&1 || { echo "check-realm: '$tool' is required" >&2; exit 2; }
done

jwt_payload() {
  local s; s="$(cut -d. -f2 <<<"$1" | tr '_-' '/+')"
  while [ $(( ${#s} % 4 )) -ne 0 ]; do s="$s="; done
  base64 -d <<<"$s"
}

echo "Tokens (password grant, client otklik-cli) from $REALM_URL"
# login | expected realm roles (sorted, comma-separated) | expected groups
while IFS='|' read -r user roles groups; do
  resp="$(curl -sS -X POST "$REALM_URL/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=otklik-cli -d "username=$user" -d "password=$user" -d scope=openid)"
  token="$(jq -r '.access_token // empty' <<<"$resp")"
  if [ -z "$token" ]; then fail "$user: no token: $resp"; continue; fi
  claims="$(jwt_payload "$token")"
  got_roles="$(jq -r '[.realm_access.roles[]? | select(. == "client" or . == "operator" or . == "executor" or . == "head" or . == "kb_editor" or . == "admin")] | sort | join(",")' <<<"$claims")"
  got_groups="$(jq -r '[.groups[]?] | sort | join(",")' <<<"$claims")"
  aud_ok="$(jq -r '[.aud] | flatten | index("otklik-api") != null' <<<"$claims")"
  iss="$(jq -r .iss <<<"$claims")"
  problems=""
  [ "$aud_ok" = true ]        || problems="$problems aud=$(jq -c .aud <<<"$claims")"
  [ "$got_roles" = "$roles" ] || problems="$problems roles=$got_roles (want $roles)"
  [ "$got_groups" = "$groups" ] || problems="$problems groups=$got_groups (want $groups)"
  [ "$iss" = "$ISSUER" ]      || problems="$problems iss=$iss (want $ISSUER)"
  if [ -z "$problems" ]; then ok "$user: aud∋otklik-api roles=[$got_roles] groups=[$got_groups]"; else fail "$user:$problems"; fi
done <<'USERS'
operator|operator|operators
executor|executor|executors
head|executor,head|executors,heads
editor|kb_editor|kb-editors
admin|admin,head,operator|admins,heads,operators
citizen|client|clients
citizen2|client|clients
USERS

echo "Department claim (user attribute department → access token)"
# login | expected department codes (sorted, comma-separated; empty = no claim)
while IFS='|' read -r user departments; do
  token="$(curl -sS -X POST "$REALM_URL/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=otklik-cli -d "username=$user" -d "password=$user" -d scope=openid \
    | jq -r '.access_token // empty')"
  if [ -z "$token" ]; then fail "$user: no token"; continue; fi
  got="$(jwt_payload "$token" | jq -r '[.department // [] | if type == "array" then .[] else . end] | sort | join(",")')"
  if [ "$got" = "$departments" ]; then ok "$user: department=[$got]"; else fail "$user: department=[$got] (want [$departments])"; fi
done <<'DEPARTMENTS'
editor|land
head|land
operator|
DEPARTMENTS

echo "Client otklik-spa (public, code flow + PKCE S256)"
redirect="http://localhost:5173/callback"
auth() { curl -sS -o "$1" -w '%{http_code} %{redirect_url}' -G "$REALM_URL/protocol/openid-connect/auth" \
  --data-urlencode client_id=otklik-spa --data-urlencode response_type=code --data-urlencode scope=openid \
  --data-urlencode "redirect_uri=$redirect" --data-urlencode state=check "${@:2}"; }
verifier="$(openssl rand -base64 48 | tr '+/' '-_' | tr -d '=\n')"
challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')"
page="$(mktemp)"; trap 'rm -f "$page"' EXIT

res="$(auth "$page" --data-urlencode "code_challenge=$challenge" --data-urlencode code_challenge_method=S256)"
if [ "${res%% *}" = 200 ] && grep -q 'id="kc-form-login"' "$page"; then ok "with S256 code_challenge: HTTP 200, login form"
else fail "with S256 code_challenge: $res"; fi

res="$(auth "$page")"
case "$res" in
  302*error=invalid_request*code_challenge*) ok "without code_challenge: rejected (${res#* })" ;;
  *) fail "without code_challenge: expected a redirect with error=invalid_request, got $res" ;;
esac

res="$(curl -sS -w ' %{http_code}' -X POST "$REALM_URL/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=otklik-spa -d username=citizen -d password=citizen)"
case "$res" in
  *unauthorized_client*' 400') ok "password grant refused for otklik-spa" ;;
  *) fail "password grant on otklik-spa: $res" ;;
esac

if [ "$failures" -eq 0 ]; then echo "All checks passed."; else echo "$failures check(s) failed."; exit 1; fi
