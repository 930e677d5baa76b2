-- string.sub: fractions truncate toward zero, and positions are 32-bit
-- integers (LuaJIT): outside that range a position reads as -2^31.
local s = "hello"
print(s:sub(1.9, 3.9), s:sub(-1.5), s:sub(2.5, -1.5))
print(s:sub(2^31), s:sub(-2^31), s:sub(2, 2^31) == "", s:sub(2, 2^32 + 1) == "")
print(s:sub(2, 2^31 - 1), s:sub(3, 1e300) == "", s:sub(0 / 0, 2))
print(s:sub(10, 20) == "", s:sub(6) == "", s:sub(5))
