-- calling a nil global names the global
print(pcall(function() undefined_fn() end))
print(pcall(function() undefined_fn(1, 2, 3) end))
