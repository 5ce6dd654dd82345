-- Counts answers by class and prints wrk's own latency percentiles as one JSON line, which
-- bench/wrk.ts reads. Loaded after a request script, or alone for plain GETs.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- A request script may name the one status it counts as done (writes: 200, so a batch answered
-- 207 because some of its updates were refused is not counted as written).
function response(status, headers, body)
  if status >= 500 then
    server_errors = (server_errors or 0) + 1
  elseif status < 200 or status >= 300 or (expected_status and status ~= expected_status) then
    not_ok = (not_ok or 0) + 1
  end
end

function done(summary, latency, requests)
  local server, other = 0, 0
  for _, thread in ipairs(threads) do
    server = server + (thread:get("server_errors") or 0)
    other = other + (thread:get("not_ok") or 0)
  end
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"seconds":%f,"p50":%f,"p90":%f,"p95":%f,"p99":%f,"non2xx":%d,"serverErrors":%d,"errors":%d}\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(95) / 1e3, latency:percentile(99) / 1e3, server + other, server,
    errors.connect + errors.read + errors.write + errors.timeout))
end
