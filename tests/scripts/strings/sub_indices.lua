-- string.sub with negative, zero and out-of-range indices
local s = "abcdef"
print(s:sub(2, 4), s:sub(-3), s:sub(-3, -2), s:sub(0), s:sub(4, 2))
print(s:sub(10), s:sub(-100, 2), s:sub(3, 100), "[" .. s:sub(7) .. "]")
