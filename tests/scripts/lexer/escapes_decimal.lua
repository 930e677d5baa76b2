-- decimal escapes \d, \dd and \ddd, including ones followed by digits
print(string.byte("\0\1\12\123\255", 1, -1))
print("\65\066\0671")
print(#"\0001", string.byte("\0001", 1, -1))
print("\1234" == "{4")
print(#"a\0b\0c")
