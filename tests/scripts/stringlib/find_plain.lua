-- string.find without special characters, or with plain = true, searches for
-- the bytes themselves.
print(string.find("hello world", "o w"), string.find("hello", "xyz"))
print(string.find("a+b", "+", 1, true), string.find("a.b", ".", 1, true))
print(string.find("a+b", "a+b", 1, 1), string.find("a+b", "a+b", 1, false))
print(string.find("a(b", "(", 1, true), string.find("50%", "%", 1, true))
print(string.find("a\0b\0c", "\0c"), string.find("abc", "", 1, true))
print(string.find("aaa", "aa", 2), string.find(12345, 34), string.find("abc", "b", nil, true))
