-- method calls on literal strings need parentheses; results can be indexed
print(("hello"):len(), #"hello")
print(("a,b"):find(","))
local s = "xyz"
print(s:sub(2, 2), s:byte(-1))
