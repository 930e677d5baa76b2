-- calling a non-function in a generic for reports an error
print(pcall(function() for x in 5 do end end))
print(pcall(function() for x in {} do end end))
