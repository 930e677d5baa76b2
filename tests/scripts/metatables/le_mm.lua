-- __le handles <= and >= with swapped operands
local mt = {__le = function(a, b) return a.n <= b.n end}
local x, y = setmetatable({n = 1}, mt), setmetatable({n = 1}, mt)
local z = setmetatable({n = 3}, mt)
print(x <= y, x >= y, z <= x, z >= x)
