-- newproxy with false, true, or another proxy
local a = newproxy()
local b = newproxy(true)
local c = newproxy(b)
print(type(a), getmetatable(a), type(getmetatable(b)))
print(getmetatable(c) == getmetatable(b), a == b)
print(pcall(newproxy, {}))
