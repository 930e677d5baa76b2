-- the main chunk is a vararg function: ... holds the script arguments
print(select("#", ...))
print((...))
local f = loadstring("return select('#', ...), ...")
print(f(1, nil, 3))
