print(loadfile("data/does-not-exist.chunk"))
print(loadfile("data"))
print(loadfile("data/syntax.chunk"))
print(pcall(dofile, "data/does-not-exist.chunk"))
