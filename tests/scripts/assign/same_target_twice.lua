-- a[1], a[1] = 1, 2 and x, x = 1, 2: what LuaJIT leaves
local a = {}
a[1], a[1] = 1, 2
print(a[1])
local x
x, x = 1, 2
print(x)
G1, G1 = "first", "second"
print(G1)
local u = 0
local function h() u, u = 2, 3 return u end
print(h())
