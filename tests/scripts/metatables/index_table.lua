-- __index as a table supplies missing keys only
local base = {a = 1, b = 2}
local t = setmetatable({b = 20}, {__index = base})
print(t.a, t.b, t.c, rawget(t, "a"))
