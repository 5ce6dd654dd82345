dofile("bench/wrk/count.lua")

-- Project updates through the write API: WRK_WRITES names a Lua file returning the token and a
-- list of { code, version } (bench/run.ts writes it), each project written once, in order.
-- WRK_BATCH > 1 sends them in batches of that many to POST /api/v1/projects/batch.
local plan = dofile(os.getenv("WRK_WRITES"))
local batch = tonumber(os.getenv("WRK_BATCH") or "1")
local next_index = 1

local function take()
  local item = plan.projects[next_index]
  next_index = next_index + 1
  if next_index > #plan.projects then next_index = 1 end
  return item
end

function request()
  local auth = { ["Authorization"] = "Bearer " .. plan.token, ["Content-Type"] = "application/json" }
  if batch == 1 then
    local item = take()
    auth["If-Match"] = '"' .. item[2] .. '"'
    return wrk.format("PATCH", "/api/v1/projects/" .. item[1], auth, '{"progress":55,"note":"benchmark write"}')
  end
  local updates = {}
  for i = 1, batch do
    local item = take()
    updates[i] = string.format('{"code":"%s","version":%d,"fields":{"progress":55},"note":"benchmark batch"}', item[1], item[2])
  end
  return wrk.format("POST", "/api/v1/projects/batch", auth, '{"updates":[' .. table.concat(updates, ",") .. "]}")
end
