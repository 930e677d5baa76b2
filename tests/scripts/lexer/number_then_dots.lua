-- a number followed by .. needs a space; numbers followed by names
local a = 1 .. 2
print(a, type(a))
print(1.5 .. "x", 0x10 .. "")
local t = {10, 20}
print(#t .. "!")
