-- errors inside metamethods propagate with their own position
local t = setmetatable({}, {__index = function(_, k) error("no field " .. k) end})
print(pcall(function() return t.foo end))
local u = setmetatable({}, {__add = function() error("cannot add", 2) end})
print(pcall(function() return u + 1 end))
