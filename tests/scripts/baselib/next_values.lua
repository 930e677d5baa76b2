-- next returns key and value; nil at the end
local t = {10}
local k, v = next(t)
print(k, v, next(t, k))
print(pcall(next))
print(pcall(next, 1))
