-- strings compare bytewise, embedded zeros included
print("a" < "b", "a" < "B", "" < "a", "abc" < "abd", "a\0b" < "a\0c", "a" < "a\0")
print("\0" < "\1", "\255" > "a", "Z" < "a", "" == "")
