-- tonumber of odd strings: spaces, signs, hex, binary, inf/nan words
print(tonumber("0x"), tonumber("0x1p"), tonumber(""), tonumber(" "), tonumber("1e"), tonumber("1e+"),
  tonumber("."), tonumber("-.5"), tonumber("+5"), tonumber("- 5"), tonumber("5 "), tonumber(" 5"), tonumber("\t5\n"))
print(tonumber("inf"), tonumber("nan"), tonumber("1/0"), tonumber("0x1P-2"), tonumber("0X1"), tonumber("1.5e2"),
  tonumber("00012"), tonumber("1__"), tonumber("0b1"))
print(tonumber("  0x1A  "), tonumber("0x-1"), tonumber("-0x1"), tonumber("1e500"), tonumber("-1e500"), tonumber("1e-500"))
print(tonumber(" +0x10 "), tonumber("0x10.8"))
