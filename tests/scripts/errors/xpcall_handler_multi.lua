-- only the first result of the message handler is kept
print(xpcall(function() error("e", 0) end, function(m) return m .. "1", m .. "2" end))
print(xpcall(function() error("e", 0) end, function(m) end))
