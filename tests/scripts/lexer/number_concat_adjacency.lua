-- numbers next to .. : "1 .. 2" concatenates, "1..2" is malformed
print(1 .. 2, 1 ..2)
print(loadstring("return 1..2", "=c"))
print(loadstring("return 3..4", "=c"))
local a = 1
print(a..2)
