-- Empty matches: one at each position, after each non-empty match too.
print(string.gsub("abc", "", "-"))
print(string.gsub("abc", "x*", "-"))
print(string.gsub("abc", "b*", "-"))
print(string.gsub("", "", "-"))
print(string.gsub("abc", "", "-", 2))
