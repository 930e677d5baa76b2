-- foreachi reads the table raw, as LuaJIT's builtin does: __index is not
-- consulted for a hole below the length
local t = setmetatable({1, nil, 3}, {__index = function(_, k) return "index" .. k end})
table.foreachi(t, print)
local seen = 0
table.foreach(setmetatable({}, {__index = function() return 1 end}), function() seen = seen + 1 end)
print(seen)
