-- unterminated short strings
print(loadstring("x = 'abc", "=src"))
print(loadstring('x = "abc\ny"', "=src"))
print(loadstring('x = "abc\\', "=src"))
