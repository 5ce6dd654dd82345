dofile("bench/wrk/count.lua")

-- Project updates through the write API: WRK_WRITES names a Lua file returning the token and a
-- list of { code, version, progress } (bench/run.ts writes it; -1 for no progress), each project
-- written in order. Past the end of the list it starts again, one version on: each pass writes a
-- progress the project did not have, so every write is a real change, sent for the version the
-- project is at.
-- WRK_BATCH > 1 sends them in batches of that many to POST /api/v1/projects/batch.
expected_status = 200
local plan = dofile(os.getenv("WRK_WRITES"))
local batch = tonumber(os.getenv("WRK_BATCH") or "1")
local next_index = 1
local pass = 0

local function take()
  local item = plan.projects[next_index]
  local taken = { item[1], item[2] + pass, (item[3] + 1 + pass) % 101 }
  next_index = next_index + 1
  if next_index > #plan.projects then
    next_index = 1
    pass = pass + 1
  end
  return taken
end

-- wrk calls request() once before the run to check what it builds, and never sends that one:
-- that call must not use up the projects it names.
local checked = false

local function build()
  local auth = { ["Authorization"] = "Bearer " .. plan.token, ["Content-Type"] = "application/json" }
  if batch == 1 then
    local item = take()
    auth["If-Match"] = '"' .. item[2] .. '"'
    return wrk.format("PATCH", "/api/v1/projects/" .. item[1], auth, '{"progress":' .. item[3] .. ',"note":"benchmark write"}')
  end
  local updates = {}
  for i = 1, batch do
    local item = take()
    updates[i] = string.format(
      '{"code":"%s","version":%d,"fields":{"progress":%d},"note":"benchmark batch"}', item[1], item[2], item[3])
  end
  return wrk.format("POST", "/api/v1/projects/batch", auth, '{"updates":[' .. table.concat(updates, ",") .. "]}")
end

function request()
  if checked then return build() end
  checked = true
  local index, from_pass = next_index, pass
  local first = build()
  next_index, pass = index, from_pass
  return first
end
