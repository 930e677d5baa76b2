-- a __tostring that calls tostring on its own object runs out of Lua stack,
-- not C stack: the metamethod replaces tostring's frame
local t = setmetatable({}, {__tostring = function(s) return "<" .. tostring(s) .. ">" end})
print(pcall(tostring, t))
print(pcall(function() local s = tostring(t) return s end))
