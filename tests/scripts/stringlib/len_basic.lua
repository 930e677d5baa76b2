-- string.len counts bytes, zeros included; numbers are converted first.
print(string.len(""), string.len("abc"), string.len("a\0b\0"))
print(string.len(12345), string.len(-1.5), string.len(1e100))
print(("hello"):len(), #"hello" == string.len("hello"))
print(string.len(string.rep("\255", 300)))
