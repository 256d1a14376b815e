-- wrk script: POST /api/v1/dossiers as the demo receptionist of H99.01, a fresh Idempotency-Key each time.
local counter = 0
local thread_id = 0

function setup(thread)
  thread_id = thread_id + 1
  thread:set("id", thread_id)
end

function init(args)
  math.randomseed(os.time() + id)
end

request = function()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d-%d", os.time(), id, counter, math.random(1, 1000000000))
  local body = '{"officeCode":"H99.01","procedureCode":"1.004873","channel":"COUNTER",' ..
    '"applicant":{"kind":"INDIVIDUAL","name":"Nguyễn Văn Thử","idNumber":"001090012345",' ..
    '"address":"Số 1 phố Huế, Hà Nội","phone":"0912345678"},' ..
    '"documents":[{"name":"Tờ khai cấp Giấy xác nhận tình trạng hôn nhân","copies":1}]}'
  return wrk.format("POST", "/api/v1/dossiers", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Basic dGllcG5oYW46TW90Q3VhQDIwMjY=",
    ["Idempotency-Key"] = key
  }, body)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then print("unexpected status " .. status .. ": " .. body) end
  end
end
