-- tostring and print use __tostring
local t = setmetatable({}, {__tostring = function(self) return "custom!" end})
print(t)
print(tostring(t), type(tostring(t)))
local u = newproxy(true)
getmetatable(u).__tostring = function() return "proxy" end
print(u)
