-- tonumber with a base: digits, case, signs, spaces and big values
print(tonumber("10", 2), tonumber("ff", 16), tonumber("FF", 16), tonumber("zz", 36), tonumber("z", 35),
  tonumber("8", 8), tonumber("777", 8), tonumber(" 11 ", 2), tonumber("-ff", 16), tonumber("1.5", 10),
  tonumber("0x10", 16), tonumber("", 10))
print(tonumber("4294967296", 10), tonumber("ffffffffffffffff", 16), tonumber("1" .. string.rep("0", 30), 10))
print(tonumber("10", 10.5), tonumber(10, 16))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, "10", 0))
