-- __index as a function receives the table and the key
local t = setmetatable({}, {__index = function(tbl, k) return type(tbl) .. ":" .. tostring(k) end})
print(t.x, t[1], t[true])
t.x = "own"
print(t.x)
