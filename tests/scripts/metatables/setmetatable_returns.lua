-- setmetatable returns its first argument and accepts nil to remove
local t = {}
local mt = {}
print(setmetatable(t, mt) == t, getmetatable(t) == mt)
setmetatable(t, nil)
print(getmetatable(t))
print(pcall(setmetatable, t, 5))
print(pcall(setmetatable, 5, {}))
