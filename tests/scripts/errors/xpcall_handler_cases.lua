-- xpcall's handler: its result, errors inside it, results when no error
print(xpcall(function() error("e1") end, function(m) return "handled: " .. m end))
print(xpcall(function() error({1}) end, function(m) return type(m) end))
print(xpcall(function() return 1, 2, 3 end, print))
print(xpcall(function() error("x") end, function(m) error("in handler") end))
print(xpcall(function() error("x") end, function(m) local x = nil; return x.y end))
print(xpcall(function() local a = nil; a() end, function(m) return m:upper() end))
print(xpcall(function(...) return ... end, print, 1, 2))
print(pcall(xpcall, function() error("x") end, nil))
