-- calling a table with __call receives the table first
local callable = setmetatable({}, {__call = function(self, a, b) return a + b end})
print(callable(2, 3))
print(pcall(function() local t = {} ; return t() end))
