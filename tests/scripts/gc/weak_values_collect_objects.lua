-- A weak-valued table lets go of tables, functions, userdata and coroutines,
-- and keeps strings, numbers and booleans.
local t = setmetatable({}, {__mode = "v"})
local function fill()
  t.tab = {}
  t.fn = function() end
  t.ud = newproxy()
  t.co = coroutine.create(function() end)
  t.str = "a string made " .. "at run time"
  t.num = 42
  t.yes = true
  t[1] = {}
  t[2] = "kept"
end
fill()
collectgarbage()
collectgarbage()
for _, k in ipairs({"tab", "fn", "ud", "co", "str", "num", "yes", 1, 2}) do
  print(k, type(t[k]))
end
