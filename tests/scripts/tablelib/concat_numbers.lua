-- numbers are converted as tostring does; a number separator is allowed
print(table.concat({1, 2.5, -3, 1e20, 2^53, 0.1}, " "))
print(table.concat({1, 2, 3}, 0))
print(table.concat({"x", 10, "y"}))
print(table.concat({1, 2, 3}, 1.5))
