-- the near part of messages quotes the token text
print(loadstring("x = 1 + + while", "=src"))
print(loadstring("x = 'str' 'str2' ==", "=src"))
print(loadstring("x = 12.5 12.5", "=src"))
print(loadstring("x = ...", "=src") ~= nil)
print(loadstring("local x <const> = 1", "=src"))
