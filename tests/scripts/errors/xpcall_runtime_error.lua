-- runtime errors reach the xpcall handler with their position
print(xpcall(function() local t = nil; return t.x end, function(m) return "H:" .. m end))
