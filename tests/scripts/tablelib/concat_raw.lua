-- concat reads the table raw: __index is not consulted
local t = setmetatable({"a", "b"}, {__index = function(_, k) return "idx" .. k end})
print(table.concat(t, ","))
print(pcall(function() local r = table.concat(t, ",", 1, 3) return r end))
