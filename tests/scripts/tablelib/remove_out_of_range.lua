-- out of range (and an empty table) returns no value at all
print(select("#", table.remove({})))
print(select("#", table.remove({}, 1)))
print(select("#", table.remove({1, 2}, 3)))
print(select("#", table.remove({1, 2}, 0)))
print(select("#", table.remove({1, 2}, -1)))
print(select("#", table.remove({1, 2}, nil)))
local t = {[0] = "zero"}
print(select("#", table.remove(t, 0)), t[0])
