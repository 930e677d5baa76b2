local t = {"a", "b", "c", "d"}
print(table.remove(t))
print(#t, table.concat(t, ","))
print(table.remove(t, 1))
print(#t, table.concat(t, ","))
print(table.remove(t, 2))
print(#t, table.concat(t, ","))
print(table.remove(t, "1"))
print(#t)
