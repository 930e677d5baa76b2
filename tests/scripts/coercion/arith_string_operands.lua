-- numeric strings in arithmetic, either side, hex and spaces included
print("10" + 1, "0x10" + 0, " 5 " * 2, "1e1" - 1, "-3" / 2, "2" ^ "3", "7" % "4", -"2")
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return "10" + "x" end))
print(pcall(function() return -"abc" end))
