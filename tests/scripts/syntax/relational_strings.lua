-- string comparison is bytewise lexicographic
print("a" < "b", "a" < "ab", "ab" < "b", "" < "a", "Z" < "a")
print("10" < "9", "abc" <= "abc", "abd" > "abc")
print("a\0b" < "a\0c", "a" < "a\0")
