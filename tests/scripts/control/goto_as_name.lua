-- LuaJIT 2.1 accepts goto as an ordinary name where a statement cannot start with it
local f, err = loadstring("local goto = 1 return goto + 1")
print(type(f), err, f and f())
f, err = loadstring("local t = {} t.goto = 'field' return t.goto")
print(type(f), err, f and f())
f, err = loadstring("goto = 5")
print(type(f), err)
