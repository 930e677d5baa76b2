-- table.sort with default and custom comparators
local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local s = {"pear", "Apple", "fig", "banana"}
table.sort(s)
print(table.concat(s, " "))
