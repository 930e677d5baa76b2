-- %g: the shorter of %e and %f, trailing zeros dropped unless '#'.
local f = string.format
print(f("%g|%g|%g|%g|%g", 1e20, 1e-5, 123456, 1234567, 0.0001))
print(f("%g|%g|%g|%g", 100, 0.1, 1 / 3, 2^53))
print(f("%.3g|%.0g|%.1g|%.10g|%G", 0.0001234, 2.5, 15, 1 / 3, 1e-10))
print(f("%#g|%#.3g|%#.0g|%#g", 1, 1, 1, 1e20))
print(f("[%10g][%-10g][%010g][%+g][% g]", 1.5, 1.5, -1.5, 1.5, 1.5))
print(f("%g|%g|%g", 1e-320, 5e-324, -0.0))
print(f("%.14g|%.17g|%.99g", 0.1, 0.1, 0.1))
