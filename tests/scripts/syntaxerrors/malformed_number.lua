-- malformed numeric literals
print(loadstring("x = 3x", "=src"))
print(loadstring("x = 1e", "=src"))
print(loadstring("x = 0xg", "=src"))
print(loadstring("x = 1.2.3", "=src"))
print(loadstring("x = 08a", "=src"))
