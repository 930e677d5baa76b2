-- error accepts any value; only strings and numbers get a position
print(pcall(function() error(3.5) end))
print(pcall(function() error(true) end))
print(pcall(function() error(nil) end))
print(pcall(function() error() end))
print(select("#", pcall(error)))
local t = {}
local ok, e = pcall(function() error(t) end)
print(ok, e == t)
