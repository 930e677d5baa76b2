-- Infinities and NaNs in every float conversion: inf, -inf and nan (never
-- signed), padded with spaces only.
local f = string.format
local inf, nan = 1 / 0, 0 / 0
print(f("%f|%e|%g|%a", inf, inf, inf, inf))
print(f("%f|%e|%g|%a", -inf, -inf, -inf, -inf))
print(f("%f|%e|%g|%a|%f", nan, nan, nan, nan, -nan))
print(f("%F|%E|%G|%A", inf, -inf, nan, nan))
print(f("[%5.1f][%-6e][%+g][% g][%08.3f][%08g]", inf, -inf, inf, nan, -inf, nan))
print(f("[%+g][% f][%+e][%-+8f][%+08f][%#g]", nan, inf, -inf, inf, nan, inf))
print(f("%s|%s|%s|%q", inf, -inf, nan, inf))
