-- _VERSION is Lua 5.1 in LuaJIT
print(_VERSION)
