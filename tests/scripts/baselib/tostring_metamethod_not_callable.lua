-- a __tostring that is not callable fails as the call of tostring itself
local t = setmetatable({}, {__tostring = "text"})
print(pcall(function() local s = tostring(t) return s end))
print(pcall(function() local s = tostring(setmetatable({}, {__tostring = setmetatable({}, {__call = function(self, x) return "called" end})})) return s end))
