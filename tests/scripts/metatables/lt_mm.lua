-- __lt handles < and > with swapped operands
local log = {}
local mt = {__lt = function(a, b) log[#log + 1] = a.n .. "<" .. b.n return a.n < b.n end}
local x, y = setmetatable({n = 1}, mt), setmetatable({n = 2}, mt)
print(x < y, y < x, x > y, y > x)
print(table.concat(log, " "))
