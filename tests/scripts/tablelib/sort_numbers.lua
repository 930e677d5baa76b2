local t = {5, 3, 9, 1, 7, 2, 8, 2, 6, 4, 0, -1, 3.5}
table.sort(t)
print(table.concat(t, " "))
local r = {}
for i = 1, 200 do r[i] = (i * 7919) % 211 end
table.sort(r)
local ok = true
for i = 2, 200 do if r[i - 1] > r[i] then ok = false end end
print(ok, r[1], r[200])
table.sort({})
local one = {42}
table.sort(one)
print(one[1])
