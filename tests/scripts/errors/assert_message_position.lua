-- assert(false, msg): a string or number message gets the position of the
-- line calling assert; other values (nil too) are raised unchanged; with no
-- message it is "assertion failed!" with the position.
print(pcall(function() assert(false, "str") end))
print(pcall(function() assert(false, 12) end))
print(pcall(function() assert(nil, 1.5) end))
print(pcall(function() assert(false, nil) end))
print(pcall(function() assert(false) end))
print(pcall(function() assert(false, "s", "extra") end))
local t = {}
local ok, e = pcall(function() assert(false, t) end)
print(ok, e == t)
ok, e = pcall(function() assert(false, 7) end)
print(type(e))
-- called directly by pcall (a C function) there is no position
print(pcall(assert, false, "direct"))
print(pcall(assert, false, nil))
