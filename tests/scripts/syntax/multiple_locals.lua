-- local declarations with more or fewer values than names
local a, b, c = 1, 2
print(a, b, c)
local d, e = 1, 2, 3
print(d, e)
local f
print(f)
local g, h = (function() return 7, 8, 9 end)()
print(g, h)
