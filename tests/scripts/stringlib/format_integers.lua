-- %d and %i with flags, width and precision.
local f = string.format
print(f("%d|%i|%d|%d", 42, -42, 0, 2^53))
print(f("[%5d][%-5d][%05d][%+d][% d][%+d]", 42, 42, 42, 42, 42, -42))
print(f("[%.3d][%5.3d][%-5.3d][%05.3d][%.0d][%+.0d]", 7, -7, -7, -7, 0, 0))
print(f("[% 05d][%+-6d][%--+5d][%-0 5d]", 7, 7, 7, 7))
print(f("[%99d]", 1):len(), f("%.99d", 1):len())
print(f("%d %d", -2147483648, 4294967296), f("%d", -0.0))
