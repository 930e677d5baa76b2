-- fractional positions are truncated towards zero
local t = {1, 2, 3}
table.insert(t, 2.7, "x")
print(t[1], t[2], t[3], t[4])
local u = {1, 2, 3}
table.insert(u, -0.5, "y")
print(u[-1], u[0], u[1], u[4])
