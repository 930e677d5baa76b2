-- string.sub counts negative positions from the end.
local s = "abcdef"
print(s:sub(-1), s:sub(-3), s:sub(-3, -2), s:sub(2, -2))
print(s:sub(-100, 2), s:sub(-100, -100) == "", s:sub(-6, -6))
print(s:sub(0), s:sub(0, 0) == "", s:sub(1, -7) == "")
