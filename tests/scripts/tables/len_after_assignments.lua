-- `#` of tables filled by assignment, with holes made in various orders.
local t = {}
t[1] = 1 t[4] = 1
print(#t)
t = {} t[1] = 1 t[3] = 1 t[4] = 1
print(#t)
t = {} for i = 1, 10 do t[i * 2] = i end
print(#t)
t = {} for i = 1, 20 do t[i] = i end for i = 1, 20, 2 do t[i] = nil end
print(#t)
t = {} t[5] = 5 t[6] = 6 t[7] = 7 t[8] = 8
print(#t)
t = {} t[2] = 2 t[3] = 3
print(#t)
t = {1, 2, 3, 4, 5, 6, 7, 8} t[20] = 1 t[12] = 1
print(#t)
t = {} for i = 10, 1, -1 do t[i] = i end t[5] = nil
print(#t)
t = {} for i = 1, 100 do t[i] = i end for i = 50, 100 do t[i] = nil end t[70] = 1
print(#t)
