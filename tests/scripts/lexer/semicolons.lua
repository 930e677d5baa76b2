-- optional semicolons after statements; a lone ';' is not a statement in Lua 5.1
local a = 1; local b = 2;
print(a + b);
do local c = 3; print(c); end
print("done");
local f, err = loadstring("x = 1;;")
print(f, err)
f, err = loadstring("; x = 1")
print(f, err)
print(loadstring("return 1;") ~= nil)
