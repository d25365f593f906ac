-- The load mix of bench/run (issue #11) for wrk: anonymous readers of a national-scale
-- community's public pages (70 %), a signed-in member reading Sogn og Fjordane (20 %), and a
-- coordinator reporting deviations there (10 %). Paths and sessions come from the environment.
local public = {}
for path in string.gmatch(os.getenv("MIX_PUBLIC") or "/", "%S+") do public[#public + 1] = path end
local member = {}
for path in string.gmatch(os.getenv("MIX_MEMBER") or "/", "%S+") do member[#member + 1] = path end
local memberCookie = os.getenv("MIX_MEMBER_COOKIE") or ""
local coordinatorCookie = os.getenv("MIX_COORDINATOR_COOKIE") or ""
local writePath = os.getenv("MIX_WRITE_PATH") or "/"
local writeBody = os.getenv("MIX_WRITE_BODY") or ""

math.randomseed(11)

request = function()
  local dice = math.random(100)
  if dice <= 70 then
    return wrk.format("GET", public[math.random(#public)])
  elseif dice <= 90 then
    return wrk.format("GET", member[math.random(#member)], { ["Cookie"] = memberCookie })
  end
  return wrk.format("POST", writePath, { ["Cookie"] = coordinatorCookie,
    ["Content-Type"] = "application/x-www-form-urlencoded" }, writeBody)
end

done = function(summary, latency, requests)
  -- wrk counts answers other than 2xx and 3xx in errors.status
  io.write(string.format("mix %d %.0f %.1f %d\n", summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout))
end
