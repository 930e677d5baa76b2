-- os.difftime(t2, t1) is t2 - t1 in seconds; t1 defaults to 0
print(os.difftime(100, 40), os.difftime(40, 100), os.difftime(7))
print(os.difftime(os.time({ year = 2001, month = 1, day = 1 }),
  os.time({ year = 2000, month = 12, day = 31 })))
print(os.difftime(10.9, 0.5))
print(pcall(function() local d = os.difftime() return d end))
print(pcall(function() local d = os.difftime(1, "x") return d end))
