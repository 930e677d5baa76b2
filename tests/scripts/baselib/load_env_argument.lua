-- load's fourth argument sets the chunk's environment; without it the chunk
-- sees the globals, whatever the other arguments (loadstring is load).
x = "global"
print(load("return x", "n", "t")())
print(load("return x", "n", "t", {x = "env"})())
print(load("return x", "n", nil, nil)())
print(loadstring("return x", "n", "t", {x = "ls"})())
local parts, i = {"return ", "x"}, 0
print(load(function() i = i + 1 return parts[i] end, "=f", "t", {x = "fn"})())
