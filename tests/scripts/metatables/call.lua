-- __call receives the object followed by the call arguments
local mt = {__call = function(self, ...) return self.name, select("#", ...), ... end}
local obj = setmetatable({name = "obj"}, mt)
print(obj(1, 2, nil))
print(obj())
print(pcall(setmetatable({}, {}), 1))
