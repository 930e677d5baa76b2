-- # after removing the last elements
local t = {1, 2, 3, 4, 5}
t[5] = nil
print(#t)
t[4] = nil
t[3] = nil
print(#t)
table.insert(t, "x")
print(#t, t[3])
