-- LuaJIT does not check the position: beyond the end it just stores,
-- below 1 it shifts the elements up from the position
local t = {1, 2, 3}
table.insert(t, 10, "x")
print(t[4], t[10])
local u = {1, 2, 3}
table.insert(u, -1, "y")
print(u[-1], u[0], u[1], u[2], u[3], u[4])
local v = {1, 2, 3}
table.insert(v, 0, "z")
print(v[0], v[1], v[2], v[3], v[4])
