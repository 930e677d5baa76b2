-- numeric strings are converted in arithmetic
print("10" + 1, "3" * "4", "2" ^ "3", 10 - "2.5", "7" % "4", "9" / "2")
print(" 5 " + 0, "0x10" + 0, "1e2" + 0, "-3" + 0)
print(type("1" + 1))
