-- building long strings by repeated concatenation and rep
local s = string.rep("abc", 10000)
print(#s, s:sub(1, 6), s:sub(-3))
local parts = {}
for i = 1, 1000 do parts[i] = tostring(i) end
local j = table.concat(parts, ",")
print(#j, j:sub(1, 10), j:sub(-9))
