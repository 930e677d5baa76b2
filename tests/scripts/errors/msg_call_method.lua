-- calling a non-function method
local obj = {m = 5}
print(pcall(function() obj:m() end))
print(pcall(function() obj:none() end))
