-- only strings have a metatable among the basic types by default
print(getmetatable(1), getmetatable(nil), getmetatable(print), getmetatable(true))
print(getmetatable("abc").__index == string, getmetatable("a") == getmetatable("b"))
