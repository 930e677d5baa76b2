-- nested table constructors
local t = {{1, 2}, {3, {4, 5}}, x = {y = {z = "deep"}}}
print(t[1][2], t[2][2][1], t.x.y.z, #t, #t[2])
