-- Opens a case per request, each for a citizen never seen before (a distinct CPR from a counter, the same
-- scheme as CprNumbers.cs), rotating over the three centres with each centre system's own token.
-- Environment: BENCH_OFFSET (first counter value), TOKEN_SOCIAL, TOKEN_EMPLOYMENT, TOKEN_AFTERCARE.
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "summary.lua")

local threads = 0
setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local centres = {
  { path = "/api/social/cases", type = "family-support", token = os.getenv("TOKEN_SOCIAL") },
  { path = "/api/employment/cases", type = "cash-benefit", token = os.getenv("TOKEN_EMPLOYMENT") },
  { path = "/api/aftercare/cases", type = "housing-support", token = os.getenv("TOKEN_AFTERCARE") },
}
local counter = 0
local base = tonumber(os.getenv("BENCH_OFFSET") or "0")

local function cpr(n)
  local day = 1 + n % 28; n = math.floor(n / 28)
  local month = 1 + n % 12; n = math.floor(n / 12)
  local year = n % 100; n = math.floor(n / 100)
  return string.format("%02d%02d%02d-%04d", day, month, year, n % 10000)
end

request = function()
  local n = base + tid * 10000000 + counter
  counter = counter + 1
  local centre = centres[n % 3 + 1]
  local body = string.format('{"cpr":"%s","caseType":"%s","caseworkerId":"cw-%d"}', cpr(n), centre.type, n % 400)
  return wrk.format("POST", centre.path,
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. centre.token }, body)
end

done = function(summary, latency, requests) summary_json(summary, latency) end
