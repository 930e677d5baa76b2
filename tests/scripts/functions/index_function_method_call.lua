-- a method found through __index is called with the object
local mt = {__index = function(t, k) return function(self, ...) return k, self == t, select("#", ...) end end}
local obj = setmetatable({}, mt)
print(obj:anything(1, 2, 3))
print(obj.other())
