-- i, t[i] = i+1, 20: the table index is evaluated before any assignment
local t = {}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local k = 1
k, t[k] = 2, "x"
print(k, t[1], t[2])
