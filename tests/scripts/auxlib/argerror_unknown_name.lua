-- called from C the function has no name: '?', and no position
print(pcall(math.floor, "x"))
print(pcall(table.insert, nil, 1))
print(pcall(string.rep))
print(pcall(pcall, math.sqrt, {}))
