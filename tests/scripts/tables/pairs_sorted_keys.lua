-- pairs visits every key exactly once (printed in sorted order)
local t = {a = 1, b = 2, c = 3, 10, 20, 30, [100] = "h"}
local keys = {}
for k in pairs(t) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, " "))
