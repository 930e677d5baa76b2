-- unexpected symbols at the start of a statement or expression
print(loadstring("x = = 1", "=src"))
print(loadstring("local 1 = 2", "=src"))
print(loadstring("x = )", "=src"))
print(loadstring("+ 1", "=src"))
