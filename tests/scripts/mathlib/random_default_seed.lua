-- without randomseed the generator starts as if seeded with 0
local f = string.format
print(f("%.17g", math.random()))
print(math.random(10), math.random(5, 8), math.random(1000000))
math.randomseed(0)
print(f("%.17g", math.random()))
