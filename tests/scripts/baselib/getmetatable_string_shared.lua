-- all strings share one metatable
print(getmetatable("a") == getmetatable("bbb"))
local mt = getmetatable("")
mt.__add = function(a, b) return "added" end
print(pcall(function() return "x" + "y" end))
mt.__add = nil
