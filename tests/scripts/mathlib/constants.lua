print(math.pi, math.huge, -math.huge)
print(string.format("%.17g", math.pi))
print(math.huge > 1e308, math.huge == 1 / 0)
