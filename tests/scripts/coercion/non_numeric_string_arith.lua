-- strings that are not numbers fail in arithmetic
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return "" + 1 end))
print(pcall(function() return "1x" * 2 end))
print(pcall(function() return "1 2" - 0 end))
