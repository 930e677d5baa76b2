-- ... is only allowed in vararg functions
print(loadstring("function f() return ... end", "=src"))
print(loadstring("local function g(a) local t = {...} end", "=src"))
print(loadstring("return ...", "=src") ~= nil)
