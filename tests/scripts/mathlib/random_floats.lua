local f = string.format
math.randomseed(2024)
for i = 1, 8 do print(f("%.17g", math.random())) end
