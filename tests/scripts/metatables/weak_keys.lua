-- __mode 'k' lets entries with collected keys disappear
local t = setmetatable({}, {__mode = "k"})
local k1 = {}
t[k1] = "alive"
t[{}] = "dead"
t[1] = "number key"
collectgarbage()
collectgarbage()
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n, t[k1], t[1])
