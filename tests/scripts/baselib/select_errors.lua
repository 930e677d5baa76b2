-- select with bad index arguments
print(pcall(select))
print(pcall(select, "x"))
print(select("#"))
print(pcall(select, 1))
