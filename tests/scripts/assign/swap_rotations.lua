-- swaps and rotations through multiple assignment
local a, b, c = 1, 2, 3
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
local t = {x = 1, y = 2}
t.x, t.y = t.y, t.x
print(t.x, t.y)
GA, GB = 1, 2
GA, GB = GB, GA
print(GA, GB)
