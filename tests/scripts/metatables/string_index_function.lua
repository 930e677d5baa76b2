-- the string metatable's __index may be replaced
print(("abc"):upper(), ("x"):rep(3), #("abc"):rep(2, ","))
local smt = getmetatable("")
smt.__index = function(s, k) return k .. "@" .. s end
print(("abc").foo)
smt.__index = string
print(("abc"):len())
