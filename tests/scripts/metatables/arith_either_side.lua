-- arithmetic metamethods from either operand; __unm gets the operand twice
local ar = setmetatable({}, {__add = function() return "add" end, __sub = function() return "sub" end,
  __mul = function() return "mul" end, __div = function() return "div" end,
  __mod = function() return "mod" end, __pow = function() return "pow" end,
  __unm = function(a, b) return "unm" .. tostring(rawequal(a, b)) end})
print(ar + 1, 1 + ar, ar - "x", "x" - ar, ar * ar, ar / 2, 2 % ar, ar ^ 2, 2 ^ ar, -ar)
print("10" + ar)
local num = setmetatable({}, {__add = function() return 42 end})
print("abc" + num, num + "abc")
setmetatable(ar, {__unm = function(...) return select("#", ...) end})
print(-ar)
