-- extra names receive nil when there are fewer values
local a, b, c = 1
print(a, b, c)
a, b, c = "p", "q"
print(a, b, c)
