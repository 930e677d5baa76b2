-- unbalanced parentheses, brackets and braces
print(loadstring("f(1, 2", "=src"))
print(loadstring("x = (1 + 2", "=src"))
print(loadstring("x = t[1", "=src"))
print(loadstring("x = {1, 2", "=src"))
print(loadstring("f(1\n,\n2", "=src"))
