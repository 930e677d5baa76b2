-- string.find's init: negative counts from the end, 0 and below start at 1,
-- and past the end it clamps to just after the last byte.
local s = "abcabc"
print(s:find("b", 3), s:find("b", -2), s:find("b", -3), s:find("b", 0))
print(s:find("b", -100), s:find("b", 6), s:find("b", 100))
print(s:find("", 100), s:find("", 7), s:find("", -1), s:find("", 100, true))
print(s:find("()", 10), s:find("x*", 50), s:find("$", 3))
print(s:find("c", "3"), s:find("c", 4.9))
