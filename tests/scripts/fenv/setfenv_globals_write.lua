-- global assignments go into the function's environment
local env = {}
local f = loadstring("a = 1; b = a + 1")
setfenv(f, env)
f()
print(env.a, env.b, rawget(_G, "a"), rawget(_G, "b"))
