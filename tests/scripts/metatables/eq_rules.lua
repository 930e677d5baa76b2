-- __eq is not used for different types, raw-equal values, or without both metamethods
local calls = 0
local mt = {__eq = function() calls = calls + 1 return false end}
local a = setmetatable({}, mt)
print(a == a, calls)
print(a == 1, a == "x", a == nil, calls)
print(a == {}, calls)
print(a == setmetatable({}, mt), calls)
