-- invalid escape sequences in strings
print(loadstring([[x = "\q"]], "=src"))
print(loadstring([[x = "\300"]], "=src"))
print(loadstring([[x = "\xZZ"]], "=src"))
print(loadstring([[x = "\u{110000}"]], "=src"))
print(loadstring([[x = "\u{41"]], "=src"))
