-- taking the length of values without a length
print(pcall(function() local n = 5; return #n end))
print(pcall(function() return #nolen end))
print(pcall(function() local t = {}; return #t.x end))
