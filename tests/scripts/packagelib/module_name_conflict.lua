-- a global in the way of a dotted module name is a conflict
x1 = 5
print(pcall(function() module("x1.y") end))
local ok, e = pcall(function() module("x2") end)
print(ok, type(x2))
x3 = "s"
print(pcall(function() module("x3") end))
