local mt = {__lt = function(a, b) return a.v < b.v end}
local t = {}
for i, v in ipairs({5, 3, 8, 1, 9, 2}) do t[i] = setmetatable({v = v}, mt) end
table.sort(t)
local out = {}
for i = 1, #t do out[i] = t[i].v end
print(table.concat(out, " "))
