-- os.exit takes a number or a boolean
print(pcall(function() os.exit("soon") end))
print(pcall(function() os.exit({}) end))
os.exit("7")
