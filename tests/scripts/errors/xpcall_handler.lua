-- xpcall passes the error to the handler and returns its result
print(xpcall(function() error("bad") end, function(m) return "handled: " .. m end))
print(xpcall(function() return "fine", 2 end, function() return "unused" end))
print(xpcall(function() error({}) end, function(m) return type(m) end))
