-- LuaJIT (64-bit frames) gives a call two slots before its arguments, so
-- "function or expression too complex" comes one argument earlier.
local t = {} for i = 1, 300 do t[i] = i end
print(loadstring("f(" .. table.concat(t, ",", 1, 300) .. ")", "=c"))
print(loadstring("f(" .. table.concat(t, ",", 1, 248) .. ")", "=c") ~= nil)
print(loadstring("f(" .. table.concat(t, ",", 1, 249) .. ")", "=c") ~= nil)
