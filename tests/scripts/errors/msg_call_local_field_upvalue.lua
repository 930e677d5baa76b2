-- calling non-functions held in locals, fields and upvalues
local up = 3
print(pcall(function() local f = "str"; f() end))
print(pcall(function() local t = {}; t.fn() end))
print(pcall(function() up() end))
print(pcall(function() local t = {inner = {}} t.inner.go() end))
