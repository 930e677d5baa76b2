-- string.rep's third argument goes between the copies.
print(string.rep("ab", 3, ","), string.rep("ab", 1, ","), string.rep("ab", 0, ",") == "")
print(string.rep("", 4, "-"), string.rep("x", 3, ""), string.rep("x", 2, 0))
print(("na"):rep(4, " "), string.rep("a", 3, nil))
