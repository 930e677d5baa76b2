-- LuaJIT follows Lua 5.1: a lone semicolon is not a statement
print(loadstring(";", "=src"))
print(loadstring("local x = 1;;", "=src"))
print(loadstring("do end;", "=src") ~= nil)
