-- An anchored pattern replaces at most once, at the start.
print(string.gsub("hello", "^h", "H"))
print(string.gsub("hello", "^x", "H"))
print(string.gsub("aaa", "^a*", "-"))
print(string.gsub("abc", "^", ">"))
print(string.gsub("  x  ", "^%s+", ""))
