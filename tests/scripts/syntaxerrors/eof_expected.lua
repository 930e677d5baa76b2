-- extra tokens after a complete chunk
print(loadstring("return 1 2", "=src"))
print(loadstring("end", "=src"))
print(loadstring("x = 1 end", "=src"))
