-- LuaJIT converts the bounds to 32-bit integers; out of range becomes -2^31
local t = {}
t[2^31 - 1] = "last"
print(table.concat(t, ",", 2^31 - 1, 2^31 - 1))
print(pcall(function() local r = table.concat({"a"}, ",", 2^31, 2^31) return r end))
print(pcall(function() local r = table.concat({"a"}, ",", 2^32 + 1, 2^32 + 1) return r end))
print(pcall(function() local r = table.concat({}, ",", 2^31 - 2, 2^31 - 1) return r end))
