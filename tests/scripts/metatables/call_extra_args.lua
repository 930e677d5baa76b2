-- __call gets the object first, then the arguments; it is not chained
local callable = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
print(callable(1, 2, 3))
print(callable())
print(pcall(callable, "x"))
local inner = setmetatable({}, {__call = function() return "inner" end})
local outer = setmetatable({}, {__call = inner})
print(pcall(outer))
local holder = {m = setmetatable({}, {__call = function(self, a) return a end})}
print(holder:m() == holder, holder.m(5))
