-- __unm is used for unary minus
local mt = {__unm = function(a, b) return "neg " .. a.v .. " " .. tostring(b == a) end}
local t = setmetatable({v = 5}, mt)
print(-t)
print(pcall(function() return -{} end))
