-- string.match returns the captures, or the whole match without any.
print(string.match("2024-01-05", "(%d+)-(%d+)-(%d+)"))
print(string.match("  trim me  ", "^%s*(.-)%s*$") .. "|")
print(string.match("hello", "l+"), string.match("hello", "xyz"), string.match("hello", ""))
print(string.match("abc", "()b()"), string.match("k:v", "(%w):(%w)"))
print(string.match(3.25, "%d+$"), string.match("x = 10", "=%s*(%d+)") + 1)
