print(pcall(function() local r = collectgarbage("bad") return r end))
print(pcall(function() local r = collectgarbage("") return r end))
print(pcall(function() local r = collectgarbage({}) return r end))
print(type(collectgarbage("count")))
