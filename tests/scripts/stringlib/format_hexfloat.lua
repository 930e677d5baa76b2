-- %a and %A: hexadecimal floating point; subnormals come out normalised.
local f = string.format
print(f("%a|%a|%a|%a|%A", 1, 0.5, -2, 0, 255.5))
print(f("%a|%a|%a", 1 / 3, 0.1, 2^1023))
print(f("%.3a|%.0a|%.0a|%.1a|%.1a", 1, 1.5, 2.5, 1.03125, 1.09375))
print(f("%a|%a|%.2a", 1e-310, 2^-1074, 2^-1074))
print(f("[%010a][%-12a][%+a][% a][%#a][%#.0a]", 1, 1, 1, 1, 1, 1))
print(f("%.20a|%A", 1, 1 / 3))
