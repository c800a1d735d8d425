-- Shared by every script: print wrk's summary as one JSON line for the benchmark to parse.
function summary_json(summary, latency)
  local e = summary.errors
  io.write(string.format(
    '{"wrk":1,"duration_us":%d,"requests":%d,"status_errors":%d,"connect_errors":%d,"read_errors":%d,' ..
    '"write_errors":%d,"timeouts":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.duration, summary.requests, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
