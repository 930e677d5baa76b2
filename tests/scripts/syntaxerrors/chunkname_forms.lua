-- how the chunk name appears in syntax error messages
print(loadstring("?"))
print(loadstring("?", "=exact name"))
print(loadstring("?", "@path/to/file.lua"))
print(loadstring("?", "a long chunk name that is longer than the limit for messages of this kind"))
print(loadstring("line one\nline two ?"))
