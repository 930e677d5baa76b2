-- __le missing: a <= b is not (b < a) through __lt
local mt = {}
local a = setmetatable({v = 1}, mt)
local b = setmetatable({v = 2}, mt)
mt.__lt = function(x, y) print("lt", x.v, y.v) return x.v < y.v end
print(a < b, a > b)
print(a <= b)
mt.__le = function(x, y) print("le") return false end
print(a <= b, a >= b)
mt.__le = function() return "yes" end
print(a <= b)
