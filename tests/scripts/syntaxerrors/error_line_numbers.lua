-- the line number in a syntax error is the line of the offending token
print(loadstring("local a = 1\nlocal b = 2\nlocal c = = 3\n", "=src"))
print(loadstring("\n\n\n\nx = 'open\n", "=src"))
print(loadstring("x = 1\n\n\n", "=src") ~= nil)
print(loadstring("x = [[\n\n\n", "=src"))
