-- getfenv/setfenv by level and by function
print(getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G)
local env = {print = print, getfenv = getfenv}
local function f() x = 1; local e = getfenv(1) return e end
setfenv(f, env)
print(f() == env, env.x, x)
print(setfenv(f, _G) == f)
print(pcall(setfenv, print, {}))
print(getfenv(print) == _G, getfenv(string.format) == _G)
print(pcall(setfenv, 1, 5))
