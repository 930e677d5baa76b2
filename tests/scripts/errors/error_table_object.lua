-- error objects carry fields and metatables through pcall
local E = {}
E.__index = E
E.__tostring = function(e) return "E(" .. e.code .. ")" end
local ok, e = pcall(function() error(setmetatable({code = 404}, E)) end)
print(ok, getmetatable(e) == E, e.code, tostring(e))
