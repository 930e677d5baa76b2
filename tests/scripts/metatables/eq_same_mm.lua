-- __eq is called only for two tables that share the same __eq
local calls = 0
local function eq(a, b) calls = calls + 1 return true end
local mt = {__eq = eq}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, a ~= b, calls)
local c = setmetatable({}, {__eq = eq})
print(a == c, calls)
local d = setmetatable({}, {__eq = function() return true end})
print(a == d, calls)
