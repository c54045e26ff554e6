-- wrk script for POST /api/v1/messages: every request a distinct message with its own
-- Idempotency-Key, as many citizens submitting at once (retries are ParallelIntakeTest's subject).
--
--   wrk -t1 -c16 -d30s -s intake.lua http://127.0.0.1:8080 -- <run-label> <out-dir>
--
-- Each thread writes the id of every 201 receipt to <out-dir>/ids-<thread>.txt, so run.sh can
-- check in SQL that each acknowledged message exists with its outbox row. done() writes the
-- percentiles and counts to <out-dir>/summary.json (it runs where init() did not, so it takes
-- the directory from INTAKE_OUT, which run.sh sets to the same value).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local label, out, ids, seq
created, other = 0, 0 -- globals: done() reads them through thread:get

local names = { "Иванова Мария Петровна", "Петров Сергей Николаевич", "ООО «Сибирский берег»",
  "Кузнецова Анна Викторовна", "Смирнов Алексей Игоревич" }
local subjects = { "аренды земельного участка без торгов", "выкупа арендованного участка",
  "перераспределения земель", "исправления реестровой ошибки", "продления договора аренды" }

function init(args)
  label = args[1] or "bench"
  out = args[2] or "."
  seq = 0
  ids = assert(io.open(out .. "/ids-" .. tid .. ".txt", "w"))
  -- a line at a time: the thread's Lua state is not closed at exit, so nothing may stay buffered
  ids:setvbuf("line")
end

function request()
  seq = seq + 1
  local n = tid * 100000000 + seq
  local body = string.format(
    '{"name":"%s","email":"bench%d@example.org","preferredChannel":"email",' ..
    '"text":"Прошу разъяснить порядок %s. Участок в Новосибирском районе, кадастровый номер ' ..
    '54:19:%06d:%d. Обращение %s-%d."}',
    names[n % #names + 1], n, subjects[n % #subjects + 1], n % 1000000, seq % 997, label, n)
  return wrk.format("POST", "/api/v1/messages", {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("%s-%d", label, n),
  }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
    ids:write(string.match(body, '"id":"([%x%-]+)"'), "\n")
  else
    other = other + 1
    if other <= 3 then
      io.stderr:write(string.format("status %d: %s\n", status, string.sub(body, 1, 300)))
    end
  end
end

function done(summary, latency, requests)
  local created_total, other_total = 0, 0
  for _, t in ipairs(threads) do
    created_total = created_total + t:get("created")
    other_total = other_total + t:get("other")
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local pct = {}
  for _, p in ipairs({ 50, 75, 90, 95, 99, 99.9, 99.99 }) do
    table.insert(pct, string.format('"%s":%.3f', p, latency:percentile(p) / 1000))
  end
  table.insert(pct, string.format('"100":%.3f', latency.max / 1000))
  local json = string.format(
    '{"label":"%s","seconds":%.3f,"responses":%d,"rps":%.1f,"created":%d,"non201":%d,' ..
    '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,' ..
    '"mean_ms":%.3f,"stdev_ms":%.3f,"percentiles_ms":{%s}}',
    os.getenv("INTAKE_LABEL") or "", seconds, summary.requests, summary.requests / seconds, created_total, other_total,
    e.connect, e.read, e.write, e.timeout, latency.mean / 1000, latency.stdev / 1000,
    table.concat(pct, ","))
  local f = assert(io.open((os.getenv("INTAKE_OUT") or ".") .. "/summary.json", "w"))
  f:write(json, "\n")
  f:close()
end
