-- a caught message rethrown with level 0 is unchanged; level 1 prefixes again
print(pcall(function() local ok, e = pcall(error, "inner") error(e, 0) end))
print(pcall(function() local ok, e = pcall(error, "inner") error(e) end))
print(pcall(function() local ok, e = pcall(function() error("deep") end) error(e, 0) end))
