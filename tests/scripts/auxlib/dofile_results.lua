print(dofile("data/results.chunk"))
print(select("#", dofile("data/results.chunk")))
