-- without __le, a <= b is computed as not (b < a)
local log = {}
local mt = {__lt = function(a, b) log[#log + 1] = a.n .. "<" .. b.n return a.n < b.n end}
local x, y = setmetatable({n = 1}, mt), setmetatable({n = 2}, mt)
print(x <= y, y <= x, x >= y)
print(table.concat(log, " "))
