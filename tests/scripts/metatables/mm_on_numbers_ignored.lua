-- metamethods are looked up in the metatable, not in the object itself
local t = {__add = function() return "own" end}
print(pcall(function() return t + 1 end))
local u = setmetatable({}, {__index = {__add = function() return "inherited" end}})
print(pcall(function() return u + 1 end))
