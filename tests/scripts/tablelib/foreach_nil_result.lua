-- only the first result counts, and false stops the iteration
print(table.foreachi({1, 2, 3}, function(i) if i == 2 then return false end end))
print(table.foreachi({1, 2, 3}, function(i) return nil, "ignored" end))
