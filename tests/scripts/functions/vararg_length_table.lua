-- #{...} stops at a border; select('#') does not
local function f(...) return #{...}, select("#", ...) end
print(f(1, 2, 3))
print(f())
print(select(2, f(1, 2)))
