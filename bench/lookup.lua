-- wrk script: the public lookup of a random dossier among the generated ones (codes H99.02-YYMMDD-NNNNN).
-- BENCH_DAYS days of BENCH_PER_DAY dossiers each, ending yesterday; set by bench/lookup.sh through the environment.
local days = tonumber(os.getenv("BENCH_DAYS") or "400")
local per_day = tonumber(os.getenv("BENCH_PER_DAY") or "2500")
local first = tonumber(os.getenv("BENCH_FIRST_EPOCH_DAY") or "20000")
local path_prefix = os.getenv("BENCH_PATH") or "/tra-cuu/"

function init(args)
  math.randomseed(os.time() + math.random(1, 100000))
end

request = function()
  local day = first + math.random(0, days - 1)
  local t = os.date("!*t", day * 86400)
  local code = string.format("H99.02-%02d%02d%02d-%05d", t.year % 100, t.month, t.day, math.random(1, per_day))
  return wrk.format("GET", path_prefix .. code)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then print("unexpected status " .. status) end
  end
end
