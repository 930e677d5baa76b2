-- a chunk longer than any read buffer
local f = assert(loadfile("data/large.chunk"))
local n, s = f()
print(n, #s, s:sub(1, 12), s:sub(-12))
print(pcall(dofile, "data/large_error.chunk"))
