-- In LuaJIT loadstring is load itself: it takes a reader function, a mode
-- and an environment, and wants a string or a function as its chunk.
local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = loadstring(function() i = i + 1 return parts[i] end)
print(f(), i)
local g = loadstring("return x", "=env", "t", {x = "from env"})
print(g())
print(loadstring("return 1", "=m", "b"))
print(pcall(loadstring))
print(pcall(loadstring, {}))
print(loadstring(42)) -- a number is a string
print(select("#", loadstring("return")), loadstring("return 5")())
