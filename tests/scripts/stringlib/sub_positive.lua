-- string.sub with positive positions.
local s = "hello world"
print(s:sub(1, 5), s:sub(7), s:sub(7, 7), s:sub(5, 4) == "")
print(string.sub(s, 1), string.sub(s, 3, 100), string.sub(s, 12) == "")
print(string.sub("a\0b\0c", 2, 4) == "\0b\0", #string.sub("a\0b\0c", 2))
print(string.sub(12345, 2, 3), string.sub("abc", "2", "3"))
