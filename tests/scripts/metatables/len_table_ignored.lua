-- __len is not consulted for tables (Lua 5.1), only for userdata
local t = setmetatable({1, 2, 3}, {__len = function() return 99 end})
print(#t)
local u = newproxy(true)
getmetatable(u).__len = function() return 42 end
print(#u)
print(pcall(function() return #newproxy() end))
