-- string.dump output is a binary chunk; loading it back and mode checks
local function add(a, b) return a + b end
local bin = string.dump(add)
print(type(bin), bin:byte(1) == 27)
local f = loadstring(bin)
print(f(2, 3))
print(load(bin, "bin", "t"))
print(select("#", load(bin, "bin", "b")), load(bin, "bin", "b")(4, 5))
print(load("return 1", "txt", "b"))
print(load("return 7", "txt", "t")())
