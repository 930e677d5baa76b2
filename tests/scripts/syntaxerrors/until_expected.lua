-- repeat without until
print(loadstring("repeat x = 1", "=src"))
print(loadstring("repeat\nx = 1\nend", "=src"))
