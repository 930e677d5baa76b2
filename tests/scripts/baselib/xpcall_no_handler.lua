-- xpcall needs a handler argument
print(pcall(xpcall, function() end))
