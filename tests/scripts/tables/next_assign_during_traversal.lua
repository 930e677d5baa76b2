-- assigning or clearing existing fields during pairs is allowed
local t = {a = 1, b = 2, c = 3}
for k in pairs(t) do t[k] = nil end
print(next(t))
t = {1, 2, 3}
for k, v in pairs(t) do t[k] = v * 2 end
print(t[1], t[2], t[3])
t = {x = 1, y = 2, z = 3, 10, 20}
local n = 0
for k, v in pairs(t) do t[k] = v + 1 n = n + 1 end
print(n, t.x + t.y + t.z, t[1] + t[2])
