-- calling a nil method names the method
local obj = {}
print(pcall(function() return obj:missing() end))
local s = "x"
print(pcall(function() return s:nomethod() end))
print(pcall(function() local n = 5 return n:m() end))
