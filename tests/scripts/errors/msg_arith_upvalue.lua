-- arithmetic on an upvalue and on a constant-like expression
local u = {}
print(pcall(function() return u % 2 end))
print(pcall(function() return {} ^ 2 end))
print(pcall(function() return "a" + "b" end))
