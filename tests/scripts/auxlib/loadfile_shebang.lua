-- a first line starting with '#' is skipped, and line numbers stay right
local f = assert(loadfile("data/shebang.chunk"))
print(pcall(f, "arg"))
