-- malformed for statements
print(loadstring("for do end", "=src"))
print(loadstring("for i = 1 do end", "=src"))
print(loadstring("for i, j = 1, 2 do end", "=src"))
print(loadstring("for a.b = 1, 2 do end", "=src"))
