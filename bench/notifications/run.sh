#!/usr/bin/env bash
# Outbox dispatcher throughput to a real SMTP server (GreenMail), end to end with the packaged app:
#   1. the app registers one message through the API with the dispatcher off (its primary
#      response waits in the outbox), and stops;
#   2. that notification is copied to N pending ones in the database;
#   3. the app starts again with the dispatcher on, and the SMTP server measures how fast the N
#      mails arrive (first to last, so start-up time is not counted).
# Usage: bench/notifications/run.sh [N=2000]   Settings pass through the environment, e.g.
#        OTKLIK_OUTBOX_CONCURRENCY=16 QUARKUS_MAILER_MAX_POOL_SIZE=16 bench/notifications/run.sh
#        QUARKUS_MAILER_MOCK=true measures the dispatcher alone (mails to an in-memory mailbox).
#        SKIP_BUILD=1 reuses target/quarkus-app from an earlier build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
count=${1:-2000}
state="$root/target/bench-notifications"
rm -rf "$state" && mkdir -p "$state" && touch "$state/postgres.log" "$state/mail.log"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

cd "$root"
echo "==> building the app and the test classpath"
[ "${SKIP_BUILD:-0}" = 1 ] && [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$state/classpath.txt"
cp="$root/target/test-classes:$(cat "$state/classpath.txt")"

pg_port=$(free_port); smtp_port=$(free_port); http_port=$(free_port)
echo "==> PostgreSQL (embedded) on :$pg_port"
java -cp "$cp" ru.otklik.testing.EmbeddedPostgresServer "$pg_port" "$state/pgdata" otklik_bench >"$state/postgres.log" 2>&1 &
pids+=($!)
until grep -q "PostgreSQL ready" "$state/postgres.log"; do sleep 1; done
db_url="jdbc:postgresql://127.0.0.1:$pg_port/otklik_bench"

echo "==> SMTP server on :$smtp_port, expecting $count mails"
java -cp "$cp" "$here/OutboxBench.java" mail "$smtp_port" "$count" 600 >"$state/mail.log" 2>&1 &
mail_pid=$!
pids+=($mail_pid)
until grep -q "listening" "$state/mail.log"; do sleep 1; done

start_app() { # $1 = poll
  QUARKUS_DATASOURCE_JDBC_URL=$db_url QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  OTKLIK_SMTP_HOST=127.0.0.1 OTKLIK_SMTP_PORT=$smtp_port OTKLIK_SMTP_START_TLS=DISABLED \
  OTKLIK_OUTBOX_POLL=$1 PORT=$http_port QUARKUS_LOG_CATEGORY__RU_OTKLIK__LEVEL=WARN \
    java -jar "$root/target/quarkus-app/quarkus-run.jar" >>"$state/app.log" 2>&1 &
  app_pid=$!
  pids+=($app_pid)
  until curl -fs -o /dev/null "http://127.0.0.1:$http_port/q/health/ready" 2>/dev/null; do sleep 1; done
}

echo "==> registering one message with the dispatcher off"
start_app off
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d '{"name":"Иванова Мария Петровна","email":"seed@example.org","preferredChannel":"email","text":"Прошу разъяснить порядок аренды земельного участка."}' \
  "http://127.0.0.1:$http_port/api/v1/messages"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

java -cp "$cp" "$here/OutboxBench.java" fill "$db_url" postgres postgres "$count"

echo "==> dispatching (concurrency ${OTKLIK_OUTBOX_CONCURRENCY:-8}, batch ${OTKLIK_OUTBOX_BATCH_SIZE:-50})"
start_app 1s
if [ "${QUARKUS_MAILER_MOCK:-false}" = true ]; then
  # the dispatcher alone: mails go to the in-memory mock mailbox, no server in the way
  java -cp "$cp" "$here/OutboxBench.java" wait "$db_url" postgres postgres "$count" 600
else
  wait "$mail_pid"
  tail -1 "$state/mail.log"
fi
java -cp "$cp" "$here/OutboxBench.java" rate "$db_url" postgres postgres
