-- the comparator sees the same pairs in the same order as under LuaJIT
local log = {}
local t = {9, 4, 7, 1, 8, 2, 6, 3, 5, 0}
table.sort(t, function(a, b) log[#log + 1] = a .. "<" .. b; return a < b end)
print(#log)
print(table.concat(log, " "))
print(table.concat(t, " "))
