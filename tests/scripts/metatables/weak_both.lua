-- __mode 'kv' entries vanish when either the key or the value is collected
local t = setmetatable({}, {__mode = "kv"})
local k, v = {}, {}
t[k] = {}
t[{}] = v
t.s = v
t[k] = t[k]
local kept = {}
t[kept] = kept
collectgarbage()
collectgarbage()
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n, t.s == v, t[k], t[kept] == kept)
