-- string.rep repeats a string.
print(string.rep("ab", 3), string.rep("x", 1), string.rep("x", 0) == "")
print(string.rep("x", -5) == "", string.rep("", 100) == "", #string.rep("abc", 1000))
print(string.rep(12, 2), string.rep("a", "3"), string.rep("a", 2.9))
print(("-"):rep(10), ("a\0"):rep(2) == "a\0a\0")
