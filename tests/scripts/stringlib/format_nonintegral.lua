-- Integer conversions truncate toward zero; strings are converted; values
-- outside 64 bits become -2^63 (as LuaJIT on x86-64 gives them).
local f = string.format
print(f("%d|%d|%d|%d", 3.7, -3.7, 0.5, -0.5))
print(f("%x|%X|%o|%u", 3.99, -3.99, -1.5, -0.5))
print(f("%d|%d|%x", "12", " 0x10 ", "1e2"))
print(f("%d|%d", 2^63, -2^63))
print(f("%d|%d|%d", 1e300, -1e300, 1 / 0))
print(f("%c%c%c", 65.9, 66.2, 256 + 67))
