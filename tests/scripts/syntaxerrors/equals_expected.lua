-- a name statement that is neither a call nor an assignment
print(loadstring("x", "=src"))
print(loadstring("a.b", "=src"))
print(loadstring("a, b", "=src"))
print(loadstring("x y", "=src"))
