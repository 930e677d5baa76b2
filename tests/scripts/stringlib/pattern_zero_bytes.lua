-- Subjects may hold zeros: %z matches one, as does a plain search for "\0".
local s = "a\0b\0c"
print(s:find("%z"), s:find("\0", 1, true), select(2, s:gsub("%z", "")))
print(s:match("b%z(.)"), #s:match("[^%z]+%z"), s:find("%Z+", 2))
print(("x\0y"):gsub("%z", "0"), ("\0\0"):match("^%z*$") == "\0\0")
