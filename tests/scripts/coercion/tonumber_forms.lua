-- tonumber of decimal, hex, exponent and whitespace forms
print(tonumber("42"), tonumber("  42  "), tonumber("4.5"), tonumber(".5"), tonumber("5."))
print(tonumber("0x1F"), tonumber("0X1f"), tonumber("1e3"), tonumber("1E-2"))
print(tonumber("-7"), tonumber("+7"), tonumber("- 7"), tonumber("--7"))
print(tonumber(""), tonumber(" "), tonumber("abc"), tonumber("1 2"), tonumber("0x"))
