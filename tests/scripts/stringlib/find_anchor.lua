-- A leading '^' anchors find and match at init.
print(string.find("abc", "^b"), string.find("abc", "^b", 2), string.find("abc", "^a"))
print(string.match("abc", "^b", 2), string.match("abc", "^.", -1), string.match("abc", "^c$", 3))
print(string.find("a^b", "a^b"), string.find("^x", "^^x"), string.find("x^", "^x^"))
