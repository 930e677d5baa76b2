-- multiple assignment evaluates all right-hand values before assigning
local a, b = 1, 2
a, b = b, a
print(a, b)
local x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
