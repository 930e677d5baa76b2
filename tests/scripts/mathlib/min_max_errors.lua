print(pcall(function() local r = math.max() return r end))
print(pcall(function() local r = math.min() return r end))
print(pcall(function() local r = math.max(1, "x") return r end))
print(pcall(function() local r = math.min(1, 2, nil) return r end))
