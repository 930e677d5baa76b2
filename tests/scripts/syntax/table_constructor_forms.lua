-- table constructors: positional, [expr]=, name=, separators, trailing separator
local t = {1, 2; 3, x = "x", ["y"] = "y", [10] = "ten", }
print(t[1], t[2], t[3], t.x, t.y, t[10], #t)
local u = {[1] = "a", "b"}
print(u[1])
local w = {}
print(next(w))
local k = "key"
local v = {[k .. 1] = 1, [2 + 3] = 5}
print(v.key1, v[5])
