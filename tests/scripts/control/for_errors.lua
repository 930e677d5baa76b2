-- non-numeric for initial value, limit or step raises an error
print(pcall(function() for i = "x", 2 do end end))
print(pcall(function() for i = 1, {} do end end))
print(pcall(function() for i = 1, 2, nil do end end))
