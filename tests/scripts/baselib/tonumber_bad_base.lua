-- bases outside 2..36 are errors
print(pcall(tonumber, "1", 1))
print(pcall(tonumber, "1", 37))
print(pcall(tonumber, "1", 0))
print(pcall(tonumber))
