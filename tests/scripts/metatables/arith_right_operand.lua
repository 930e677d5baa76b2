-- the metamethod is taken from the right operand if the left has none
local mt = {__add = function(x, y) return "add " .. type(x) .. " " .. type(y) end}
local t = setmetatable({}, mt)
print(1 + t, t + 1, "s" + t)
print(pcall(function() return {} + {} end))
