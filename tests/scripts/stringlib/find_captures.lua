-- string.find returns start, end, then the captures.
print(string.find("key = value", "(%w+)%s*=%s*(%w+)"))
print(string.find("abc", "b()"), string.find("abc", "()b()"))
print(string.find("hello", "l+"), string.find("hello", "(l)(l)(o)"))
print(string.find("abc", "(x?)"), string.find("xyz", "a"))
