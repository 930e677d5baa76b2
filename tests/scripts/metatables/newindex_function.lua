-- __newindex as a function intercepts new keys; rawset bypasses it
local log = {}
local t = setmetatable({}, {__newindex = function(tbl, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tbl, k, v * 2)
end})
t.a = 1
t.a = 5
t.b = 7
print(table.concat(log, " "), t.a, t.b)
