-- a vararg or call is truncated to one value except in last position
local function g(...) return ... end
local function n(...) return select("#", ...) end
print(g(1, 2, 3))
print((g(1, 2, 3)))
print(g(1, 2, 3), 4)
print(n(g()), n(g(), nil), n(nil, g()))
print(n((g())))
print(n(g(1, 2, 3), g(1, 2, 3)))
local function m(...) return ..., 1 end
print(m(5, 6, 7))
print(string.format("%d %d", g(3, 4)))
print(math.max(g(3, 9, 2)))
