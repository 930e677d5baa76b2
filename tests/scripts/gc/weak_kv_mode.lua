-- "kv": an entry goes when either its key or its value dies.
local t = setmetatable({}, {__mode = "kv"})
local k1, v2 = {}, {}
local function fill()
  t[k1] = {}        -- value dies
  t[{}] = v2        -- key dies
  t[k1 == nil] = 1  -- boolean key, number value: kept
  t.name = "x"      -- kept
  t[2] = v2         -- both alive
end
fill()
collectgarbage()
local n = 0
for k, v in pairs(t) do n = n + 1 end
print(n, t[k1], t[false], t.name, t[2] == v2)
