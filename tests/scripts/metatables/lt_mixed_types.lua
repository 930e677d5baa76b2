-- __lt/__le only between operands of the same type
local m = {__lt = function() return true end, __le = function() return true end}
local e = setmetatable({}, m)
print(pcall(function() return e < 1 end))
print(pcall(function() return 1 < e end))
print(pcall(function() return "a" < e end))
print(pcall(function() return e <= 1 end))
print(e < e, e <= e)
local other = setmetatable({}, {__lt = function() return false end})
print(pcall(function() return e < other end))
