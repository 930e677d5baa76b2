-- loadstring returns a function that can take arguments
local f = loadstring("local a, b = ... return a * b, select('#', ...)")
print(f(6, 7, 8))
print(loadstring("return")())
print(select("#", loadstring("return")()))
