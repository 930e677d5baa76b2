-- break outside a loop
print(loadstring("break", "=src"))
print(loadstring("if x then break end", "=src"))
print(loadstring("function f() break end", "=src"))
