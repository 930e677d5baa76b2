-- gsub's fourth argument limits the replacements; the count it returns is
-- the number made. The limit is truncated to an integer.
print(string.gsub("aaaa", "a", "b", 2))
print(string.gsub("aaaa", "a", "b", 0))
print(string.gsub("aaaa", "a", "b", -1))
print(string.gsub("aaaa", "a", "b", 2.9))
print(string.gsub("aaaa", "a", "b", "3"))
print(string.gsub("aaaa", "a", "b", 100))
print(string.gsub("aaaa", "a", "b", nil))
print(string.gsub("aaaa", "a", "b", 2^32 + 1))
local zeros, n = string.gsub("a\0b", "", "-")
print(string.format("%q", zeros), n)
