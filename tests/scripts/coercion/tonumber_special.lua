-- tonumber of inf, nan spellings and odd strings
print(tonumber("inf"), tonumber("nan"), tonumber("1e"), tonumber("e1"))
print(tonumber("0x1p4"), tonumber("1e500"), tonumber("-0"))
print(tonumber("\t12\n"), tonumber("12\0"))
