#!/usr/bin/env bash
# Message intake benchmark: POST /api/v1/messages against the packaged app (prod profile, JVM
# mode) on a fresh database, load from wrk in a separate process. Each request registers a
# distinct message with its own Idempotency-Key, so what is measured is the whole intake:
# key claim, deadline, registration number, the message row and its §10 primary response in
# the outbox. Goal: ≥ 1 000 requests/s with p99 < 50 ms.
#
#   bench/intake/run.sh                       # 3 runs of 30 s, 16 connections, after 15 000 warm-up requests and a checkpoint
#   RUNS=5 DURATION=60 CONNECTIONS=32 bench/intake/run.sh
#   SKIP_BUILD=1 bench/intake/run.sh          # reuse target/quarkus-app
#   JFR=1 bench/intake/run.sh                 # also record a Flight Recorder profile of the app
#   APP_DIR=/tmp/before/quarkus-app SKIP_BUILD=1 bench/intake/run.sh   # another build, for A/B
#
# Needs wrk (apt-get install wrk), psql and the local PostgreSQL on 127.0.0.1:5432 with trust
# auth (PGHOST, PGPORT, PGUSER override; the database $BENCH_DB is dropped and created).
# Every setting of the app passes through the environment (OTKLIK_DB_POOL_SIZE=32, JAVA_OPTS=…).
# Results: bench/intake/results/<time>/ (summary.md, latency.svg, per-run wrk output, app log).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${RUNS:-3} duration=${DURATION:-30}
connections=${CONNECTIONS:-16} threads=${THREADS:-1}
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db=${BENCH_DB:-otklik_bench_intake}
out="$here/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM
sql() { psql -qXtA -v ON_ERROR_STOP=1 -d "$db" "$@"; }

app_dir=${APP_DIR:-$root/target/quarkus-app}
cd "$root"
if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$app_dir/quarkus-run.jar" ]; then
  echo "==> reusing $app_dir"
else
  echo "==> building the app"
  ./mvnw -B -q package -DskipTests
fi

echo "==> fresh database $db on $PGHOST:$PGPORT"
psql -qX -d postgres -c "drop database if exists $db with (force)" -c "create database $db"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
jfr_opts=""
[ "${JFR:-0}" = 1 ] && jfr_opts="-XX:StartFlightRecording=settings=profile,filename=$out/app.jfr,dumponexit=true -XX:FlightRecorderOptions=stackdepth=256"
echo "==> starting the app on :$port (dispatcher off: intake only; log in $out/app.log)"
# shellcheck disable=SC2086
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres} \
OTKLIK_OUTBOX_POLL=off PORT=$port \
  java ${JAVA_OPTS:-} $jfr_opts -jar "$app_dir/quarkus-run.jar" >"$out/app.log" 2>&1 &
app=$!
pids+=("$app")
waited=0
until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$app" 2>/dev/null || { tail -30 "$out/app.log"; exit 1; }
  waited=$((waited + 1)); [ "$waited" -lt 120 ] || { echo "app did not start" >&2; exit 1; }
  sleep 1
done
grep -m1 -o 'started in [0-9.]*s' "$out/app.log" | sed 's/^/    /' || true

# Every 5 s while wrk runs: messages stored so far, the rate, and what the database sessions wait on.
progress() {
  local start=$1 last=$1 t0 prev now_s
  t0=$(date +%s%N) prev=$t0
  while sleep 5; do
    local now
    # the statistics' insert counter, not count(*): counting a table of hundreds of thousands of
    # rows every 5 s took a core for a while and showed up as latency spikes in the measurement
    now=$(sql -c "select n_tup_ins from pg_stat_user_tables where relname = 'message'")
    now_s=$(date +%s%N)
    local waits
    waits=$(sql -c "select coalesce(string_agg(w || '×' || n, ' '), 'none') from (
        select coalesce(wait_event_type || ':' || wait_event, 'CPU') w, count(*) n from pg_stat_activity
         where datname = current_database() and state = 'active' and pid <> pg_backend_pid()
         group by 1 order by 2 desc) x")
    # the rate over the time that really passed: the queries themselves take a while under load
    printf '    %3ss  messages %7d  (+%5d/s)  db sessions busy: %s\n' "$(((now_s - t0) / 1000000000))" \
      "$((now - start))" "$(((now - last) * 1000000000 / (now_s - prev)))" "$waits"
    last=$now prev=$now_s
  done
}

# CPU seconds spent so far by the app and by the database sessions of the bench database: divided
# by the requests served, a cost per request that other work on the machine barely changes.
cpu_of() { awk '{ printf "%.2f", ($14 + $15) / 100 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
db_cpu() {
  local total=0 p
  for p in $(sql -c "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"); do
    total=$(python3 -c "print($total + $(cpu_of "$p"))")
  done
  echo "$total"
}

# Group commits so far (count and summed size of otklik_intake_group_size): their difference over a
# run gives how many submissions one commit carried.
groups_so_far() {
  curl -fs "http://127.0.0.1:$port/q/metrics" | awk '/^otklik_intake_group_size_count/ { c = $2 }
    /^otklik_intake_group_size_sum/ { s = $2 } END { printf "%d %d\n", c, s }'
}

run_wrk() { # $1 = label, $2 = seconds, $3 = result dir
  mkdir -p "$3"
  INTAKE_LABEL=$1 INTAKE_OUT=$3 wrk -t"$threads" -c"$connections" -d"$2s" --timeout 10s --latency -s "$here/intake.lua" \
    "http://127.0.0.1:$port" -- "$1" "$3" >"$3/wrk.txt" 2>&1
}

# The JIT needs a number of requests, not a number of seconds: on a busy machine 20 s may be a few
# hundred. The database needs warming too: until its first checkpoint after a burst of writes
# completes, PostgreSQL has no WAL files to recycle and creates each new 16 MB file, zero-filled,
# in the path of a commit. On a fresh cluster that meant stalls of 60–300 ms every couple of
# seconds: once in the life of the cluster, never again in steady state. So warm up in 10 s slices until
# WARMUP_REQUESTS are served and a checkpoint has completed since the app started (or WARMUP_MAX
# seconds pass; the summary then says so).
jq_get() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {"d": d}))' "$@"; }
# pg_control_checkpoint() needs a superuser or a grant; without it the warm-up cannot tell, does not
# wait, and the summary says the database's state is unknown
checkpointed_since() { sql -c "select (select checkpoint_time from pg_control_checkpoint()) > '$1'::timestamptz" 2>/dev/null || echo unknown; }
app_started_at=$(sql -c "select now()")
warm_target=${WARMUP_REQUESTS:-15000} warm_max=${WARMUP_MAX:-400} warmed=0 slice=0 db_warm=f
echo "==> warm-up: $warm_target requests and a database checkpoint, or ${warm_max}s; $connections connections"
while { [ "$warmed" -lt "$warm_target" ] || [ "$db_warm" = f ]; } && [ $((slice * 10)) -lt "$warm_max" ]; do
  slice=$((slice + 1))
  run_wrk "warmup$slice" 10 "$out/warmup/$slice"
  warmed=$((warmed + $(jq_get "$out/warmup/$slice/summary.json" 'd["responses"]')))
  db_warm=$(checkpointed_since "$app_started_at")
  echo "$db_warm" >"$out/warmup/$slice/db_warm"
  printf '    %4ss  %6d requests  %5s req/s  p99 %8s ms  %s\n' $((slice * 10)) "$warmed" \
    "$(jq_get "$out/warmup/$slice/summary.json" 'round(d["rps"])')" \
    "$(jq_get "$out/warmup/$slice/summary.json" 'd["percentiles_ms"]["99"]')" \
    "$(case $db_warm in t) echo "checkpoint done, WAL files recycled" ;; f) echo "no checkpoint yet" ;; *) echo "checkpoints unknown" ;; esac)"
done
[ "$db_warm" = t ] || echo "    warning: no checkpoint known in the warm-up; the runs may include the creation of WAL files" >&2
echo "$warmed $db_warm" >"$out/warmup/done.txt"

for i in $(seq 1 "$runs"); do
  dir="$out/run$i"
  label="r$i-$(date +%s)"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  before=$(sql -c "select n_tup_ins from pg_stat_user_tables where relname = 'message'")
  echo "==> run $i/$runs: ${duration}s, $connections connections (load average $load_before)"
  app_cpu0=$(cpu_of "$app") db_cpu0=$(db_cpu) groups0=$(groups_so_far) wal0=$(sql -c "select pg_current_wal_lsn()")
  progress "$before" &
  prog=$!
  run_wrk "$label" "$duration" "$dir"
  kill "$prog" 2>/dev/null; wait "$prog" 2>/dev/null || true
  app_cpu1=$(cpu_of "$app") db_cpu1=$(db_cpu) groups1=$(groups_so_far)
  # WAL the whole cluster wrote during the run: what each registration costs the disk and the checkpoints
  wal_bytes=$(sql -c "select pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal0')::bigint")
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  sleep 1 # requests in flight when wrk stopped still commit
  cat "$dir"/ids-*.txt >"$dir/ids.txt"
  # What the database holds for this run, against what wrk was told (201 receipts).
  check=$(sql <<SQL
create temp table acked (id uuid);
\copy acked from '$dir/ids.txt'
create temp table run_msg as select id, registration_number from message where text like '%Обращение $label-%';
select (select count(*) from acked)                                                   as acked,
       (select count(distinct id) from acked)                                         as acked_distinct,
       (select count(*) from run_msg)                                                 as stored,
       (select count(*) from acked a where not exists (select 1 from message m where m.id = a.id)) as lost,
       (select count(*) from run_msg m where not exists (select 1 from acked a where a.id = m.id)) as unacked,
       (select count(*) from run_msg m where not exists (select 1 from notification n
          where n.message_ref = m.id and n.kind = 'primary_response'))                as no_outbox,
       (select count(*) - count(distinct registration_number) from message)           as dup_numbers,
       (select count(*) from submission_key k join run_msg m on m.id = k.message_id)  as keys;
SQL
)
  echo "$check" | tr '|' ' ' >"$dir/check.txt"
  read -r acked acked_distinct stored lost unacked no_outbox dup_numbers keys <"$dir/check.txt"
  python3 - "$dir/summary.json" "$load_before" "$load_after" "$app_cpu0" "$app_cpu1" "$db_cpu0" "$db_cpu1" "$groups0" "$groups1" "$wal_bytes" "$out/warmup/done.txt" "$acked" "$acked_distinct" "$stored" "$lost" \
    "$unacked" "$no_outbox" "$dup_numbers" "$keys" <<'PY'
import json, sys
f, lb, la, a0, a1, d0, d1, g0, g1, wal, warm, *n = sys.argv[1:]
d = json.load(open(f))
keys = ["acked", "acked_distinct", "stored", "lost", "unacked", "no_outbox", "dup_numbers", "keys"]
d.update(dict(zip(keys, map(int, n))), load_before=lb, load_after=la)
served = max(d["responses"], 1)
d["app_cpu_ms"] = (float(a1) - float(a0)) * 1000 / served
d["db_cpu_ms"] = (float(d1) - float(d0)) * 1000 / served
(c0, s0), (c1, s1) = map(int, g0.split()), map(int, g1.split())
d["per_commit"] = (s1 - s0) / (c1 - c0) if c1 > c0 else None
d["wal_kb"] = int(wal) / 1024 / served
warmed, db_warm = open(warm).read().split()
d["warmup_requests"], d["db_warm"] = int(warmed), {"t": True, "f": False}.get(db_warm)
json.dump(d, open(f, "w"))
p = d["percentiles_ms"]
errors = d["non201"] + d["connect_errors"] + d["read_errors"] + d["write_errors"] + d["timeouts"]
print(f'    {d["rps"]:.0f} req/s, p50 {p["50"]:.1f} ms, p90 {p["90"]:.1f} ms, p99 {p["99"]:.1f} ms, errors {errors}; '
      f'CPU per request: app {d["app_cpu_ms"]:.2f} ms, database {d["db_cpu_ms"]:.2f} ms'
      + (f'; {d["per_commit"]:.1f} submissions per commit' if d["per_commit"] else '')
      + f'; WAL {d["wal_kb"]:.1f} KB per request')
print(f'    201 receipts {d["acked"]} ({d["acked_distinct"]} distinct), stored {d["stored"]}, lost {d["lost"]}, '
      f'stored without a receipt {d["unacked"]} (in flight when wrk stopped), without outbox row {d["no_outbox"]}, '
      f'duplicate numbers {d["dup_numbers"]}, keys {d["keys"]}')
PY
done

python3 "$here/report.py" "$out" "$connections" "$duration"
echo "==> results in $out"
