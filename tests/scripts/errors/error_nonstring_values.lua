-- error accepts any value and pcall returns it unchanged
print(pcall(error, 42))
print(pcall(error, nil))
print(pcall(error, true))
print(pcall(error))
local t = {}
local ok, e = pcall(error, t)
print(ok, e == t)
