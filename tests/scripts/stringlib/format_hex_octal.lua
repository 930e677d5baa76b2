-- %x %X %o %u: 64-bit two's complement for negatives.
local f = string.format
print(f("%x|%X|%o|%u", 255, 255, 8, 123))
print(f("%x|%o|%u", -1, -8, -1))
print(f("[%#x][%#X][%#o][%#x][%#o]", 255, 255, 8, 0, 0))
print(f("[%#5.3x][%08x][%-8X][%.4o][%#.0o]", 255, 255, 255, 8, 0))
print(f("[%+x][% x][%+u]", 255, 255, 7))
print(f("%x|%x|%x|%x", 2^63, 2^64, -2^63, 2^53 + 1))
print(f("%u|%o", 2^63, 2^63))
