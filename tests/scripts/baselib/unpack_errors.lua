-- unpack of too many values or of a non-table
print(pcall(unpack, nil))
print(pcall(unpack, {}, 1, 1e8))
print(pcall(unpack, "abc"))
