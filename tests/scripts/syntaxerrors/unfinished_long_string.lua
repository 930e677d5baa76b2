-- unterminated long strings and long comments
print(loadstring("x = [[abc", "=src"))
print(loadstring("x = [==[abc]=]", "=src"))
print(loadstring("--[[ comment", "=src"))
