-- comparison operators bind looser than .. and arithmetic
print(1 + 1 == 2, "a" .. "b" == "ab", 2 < 1 + 2)
print(1 < 2 == true, "10" .. 1 == "101")
print(not nil == true, not (nil == true))
