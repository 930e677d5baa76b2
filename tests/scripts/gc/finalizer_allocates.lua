-- Finalizers that allocate, build strings and tables, make new userdata
-- with finalizers, and run the collector themselves.
local log = {}
local function make(i)
  local u = newproxy(true)
  getmetatable(u).__gc = function()
    local t = {}
    for j = 1, 100 do t[j] = ("item %d.%d"):format(i, j) end
    log[#log + 1] = t[100]
    if i == 3 then
      collectgarbage()
      local v = newproxy(true)
      getmetatable(v).__gc = function() log[#log + 1] = "made in __gc" end
    end
  end
end
for i = 1, 5 do make(i) end
collectgarbage()
collectgarbage()
collectgarbage()
table.sort(log)
for _, s in ipairs(log) do print(s) end
