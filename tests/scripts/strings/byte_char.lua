-- string.byte ranges and string.char
print(("ABC"):byte(1, -1))
print(("ABC"):byte(10))
print(string.char(), string.char(72, 105), #string.char(0, 0))
print(pcall(string.char, 256))
