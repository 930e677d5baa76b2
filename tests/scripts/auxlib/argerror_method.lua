-- in a method call self is not counted, and a bad self says so
local obj = {abs = math.abs, rep = string.rep}
print(pcall(function() local r = obj:abs() return r end))
print(pcall(function() local r = ("x"):rep() return r end))
print(pcall(function() local r = ("x"):rep({}) return r end))
print(pcall(function() local r = obj:rep() return r end))
print(pcall(function() local r = obj.abs(obj) return r end))
