local t = {"pear", "apple", "fig", "Banana", "apple2", "", "a", "b"}
table.sort(t)
print(table.concat(t, ","))
