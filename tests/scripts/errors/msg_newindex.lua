-- assigning into non-tables
print(pcall(function() local s = 1; s.x = 1 end))
print(pcall(function() local t = {}; t.a.b = 2 end))
print(pcall(function() local t = {}; t[nil] = 1 end))
print(pcall(function() local t = {}; t[0/0] = 1 end))
