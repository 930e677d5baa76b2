-- A weak-keyed table drops entries whose key object died, whatever the value;
-- string keys stay.
local t = setmetatable({}, {__mode = "k"})
local alive = {}
local function fill()
  t[{}] = "table key"
  t[function() end] = "function key"
  t[newproxy()] = "userdata key"
  t[coroutine.create(function() end)] = "thread key"
  t["str" .. "ing"] = "string key"
  t[alive] = {}  -- the value is kept while the key lives
  t[1] = "number key"
end
fill()
collectgarbage()
collectgarbage()
local seen = {}
for k, v in pairs(t) do seen[#seen + 1] = type(k) .. " -> " .. type(v) end
table.sort(seen)
for _, s in ipairs(seen) do print(s) end
