-- the level argument of error must be a number; fractions are truncated
print(pcall(error, "m", "x"))
print(pcall(error, "m", 1.9))
