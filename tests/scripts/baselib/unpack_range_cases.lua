-- unpack with explicit ranges, empty and reversed ones
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 5))
print(unpack({1, 2, 3}, -1, 1))
print(unpack({}, 1, 0))
print(select("#", unpack({}, 5, 4)))
print(unpack({1, 2}, "1", "2"))
print(unpack({n = 3, 1, 2}))
print(pcall(unpack, {}, 1, 1e7))
