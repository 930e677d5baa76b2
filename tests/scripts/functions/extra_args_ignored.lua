-- arguments beyond the parameter list are dropped
local function f(a) return a end
print(f(1, 2, 3))
local function g() return "g" end
print(g(1, 2))
