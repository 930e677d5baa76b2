-- select(n, ...) returns the arguments from position n onwards
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(2.0, "a", "b"))
