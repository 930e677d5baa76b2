-- ipairs and pairs require tables
print(pcall(ipairs, nil))
print(pcall(ipairs, "s"))
print(pcall(pairs, 1))
