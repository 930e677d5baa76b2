-- Literal text, %% and repeated flags.
local f = string.format
print(f("100%%"), f("%%d"), f("%%%d%%", 5), f("no conversions"))
print(f("%+-#0 5d|%-----d|%00005d", 1, 1, 1))
print(f(12), f(1.5), f("") == "", f("%d%%%s", 1, "x"))
print(f("%s", "x", "ignored", "extra"))
