-- comparisons never convert between strings and numbers
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "1" < 2 end))
print(pcall(function() return "1" <= 2 end))
print(1 == "1", "1" == 1, "10" < "9", "2" < "10")
