-- assert returns all its arguments or raises with its message
print(assert(1, "unused", 3))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, 42))
print(pcall(assert))
local t = {}
local ok, e = pcall(assert, false, t)
print(ok, e == t)
