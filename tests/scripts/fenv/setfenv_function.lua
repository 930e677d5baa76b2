-- setfenv changes where a function's globals are looked up
local function f() return x, y end
x = "global x"
local env = {x = "env x"}
print(setfenv(f, env) == f)
print(f())
print(getfenv(f) == env, x)
