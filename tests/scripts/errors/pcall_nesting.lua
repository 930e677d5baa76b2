-- pcall of pcall, of error, and without arguments
print(pcall(pcall))
print(pcall(pcall, pcall))
print(pcall(pcall, error, "nested"))
print(pcall(error))
local t = setmetatable({}, {__index = function(t, k) error("no field " .. k) end})
print(pcall(function() return t.foo end))
