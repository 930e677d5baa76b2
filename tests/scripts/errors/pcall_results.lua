-- pcall returns true followed by all results on success
print(pcall(function() return 1, nil, 3 end))
print(select("#", pcall(function() end)))
print(pcall(print, "printed by pcall"))
print(pcall(pcall, error, "x"))
