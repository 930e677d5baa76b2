-- __eq: called only for two tables with the same handler; result to boolean
local mt = {}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 2}, mt)
mt.__eq = function(x, y) print("eq called") return x.v == y.v end
print(a == b, a ~= b, a == a)
local c = setmetatable({v = 1}, {__eq = mt.__eq})
print(a == c)
local d = setmetatable({v = 1}, {__eq = function() return true end})
print(a == d)
print(a == 1, 1 == a, a == "x")
mt.__eq = function() return 1 end
print(a == b)
mt.__eq = function() return nil end
print(a == b, a ~= b)
