-- A plain GET of the URL given to wrk (the HTTP anchors and /health/live).
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "summary.lua")
done = function(summary, latency, requests) summary_json(summary, latency) end
