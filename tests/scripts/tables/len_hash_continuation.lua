-- `#` continues past the array part into integer keys in the hash part
local t = {1, 2}
t[3] = 3 t[4] = 4 t[5] = 5
print(#t)
t = {}
t[1] = 1
for i = 2, 40 do t[i] = i end
print(#t)
t = {}
for i = 40, 1, -1 do t[i] = i end
print(#t)
