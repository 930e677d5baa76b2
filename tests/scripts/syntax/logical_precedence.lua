-- and binds tighter than or; not binds tightest
print(1 or 2 and 3, nil and 1 or 2, false or nil and 1)
print(not nil and 1, not 1 or 2, 1 and not 2)
print(1 == 1 and "y" or "n", 1 == 2 and "y" or "n")
