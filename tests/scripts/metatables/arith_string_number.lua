-- a numeric string with a table operand still uses the metamethod
local mt = {__mul = function(a, b) return "mul" end}
local t = setmetatable({}, mt)
print("3" * t, t * "3")
