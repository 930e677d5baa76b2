-- string.rep: counts are 32-bit (2^31 reads as -2^31, so ""), and a result
-- longer than the longest string LuaJIT makes is out of memory.
print(string.rep("x", 2^31) == "", string.rep("x", 1e10, "ab") == "")
print(pcall(string.rep, "xx", 2^30))
print(pcall(string.rep, "x", 2^30, "yy"))
print(pcall(string.rep, "", 2^30, "ab"))
print(#string.rep("", 2^30))
local ok, err = pcall(function() local r = string.rep("x") return r end)
print(ok, err)
