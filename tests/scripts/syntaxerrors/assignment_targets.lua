-- only variables can be assigned
print(loadstring("1 = 2", "=src"))
print(loadstring("f() = 1", "=src"))
print(loadstring("(a) = 1", "=src"))
print(loadstring("a.b, c[1] = 1, 2", "=src") ~= nil)
