-- Reads the unified view of a random seeded citizen as that citizen's caseworker, with a purpose.
-- Environment: READS_FILE, a file of "citizenId token" lines; BENCH_PREFIX, a path before /api (default "").
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "summary.lua")

local reads = {}
init = function(args)
  for line in io.lines(os.getenv("READS_FILE")) do
    local id, token = line:match("^(%S+) (%S+)$")
    if id then reads[#reads + 1] = { path = "/api/citizens/" .. id, token = token } end
  end
  math.randomseed(os.time() + #reads)
end

request = function()
  local r = reads[math.random(#reads)]
  return wrk.format("GET", r.path, { ["Authorization"] = "Bearer " .. r.token, ["X-Purpose"] = "case-work" })
end

done = function(summary, latency, requests) summary_json(summary, latency) end
