-- strings may contain zero bytes; length counts them
local s = "a\0b\0\0c"
print(#s, s:byte(2), s:byte(4), s:byte(6))
local t = s .. "\0"
print(#t, t == s, t:sub(1, #s) == s)
