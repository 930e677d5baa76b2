-- table.concat with separators and ranges
local t = {1, "two", 3.5}
print(table.concat(t), table.concat(t, "-"), table.concat(t, ", ", 2, 3))
print(table.concat({}, "x"), table.concat(t, "", 3, 2))
print(pcall(table.concat, {1, {}, 3}))
