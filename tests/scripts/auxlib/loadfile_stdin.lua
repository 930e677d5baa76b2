-- loadfile() reads standard input (here empty)
local f = loadfile()
print(type(f), select("#", f()))
