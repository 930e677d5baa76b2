-- comparing tables without metamethods or mixed types is an error
print(pcall(function() return {} < {} end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} <= 1 end))
