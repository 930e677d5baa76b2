-- missing end reports the line of the opening keyword when it differs
print(loadstring("if x then\n  y = 1\n", "=src"))
print(loadstring("function f()\n\n\nreturn 1", "=src"))
print(loadstring("while true do", "=src"))
print(loadstring("do\nlocal x = 1\nelse\nend", "=src"))
