-- digits outside the base make tonumber return nil
print(tonumber("2", 2), tonumber("8", 8), tonumber("g", 16), tonumber("1.5", 10))
print(tonumber("", 10), tonumber(" 10 ", 16), tonumber("-ff", 16), tonumber("0x10", 16))
