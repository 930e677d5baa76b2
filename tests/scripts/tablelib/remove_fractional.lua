-- a fractional position is compared as it is but truncated at each access
local t = {1, 2, 3, 4, 5}
print(table.remove(t, 2.5))
print(t[1], t[2], t[3], t[4], t[5])
local u = {1, 2, 3}
print(table.remove(u, 3.5))
print(u[1], u[2], u[3])
print(table.remove({1, 2, 3}, 0.5))
