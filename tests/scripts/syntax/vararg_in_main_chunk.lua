-- the main chunk is a vararg function
print(select("#", ...))
local f = loadstring("return select('#', ...), ...")
print(f(1, 2, 3))
