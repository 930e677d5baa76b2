math.randomseed(42)
print(math.random(1, 100))
local t = {}
for i = 1, 20 do t[i] = math.random(1, 100) end
print(table.concat(t, " "))
math.randomseed(42)
print(math.random(1, 100))
