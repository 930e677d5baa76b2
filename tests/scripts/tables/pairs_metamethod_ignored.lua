-- Lua 5.1 pairs does not use __pairs
local t = setmetatable({real = 1}, {__pairs = function() error("not called") end})
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
print(#keys, keys[1])
