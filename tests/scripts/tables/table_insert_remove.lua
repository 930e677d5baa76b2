-- table.insert and table.remove shift elements
local t = {"a", "b", "c"}
table.insert(t, 2, "X")
print(table.concat(t, ","))
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t), table.concat(t, ","))
print(table.remove({}), #t)
