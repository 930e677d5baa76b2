-- for bounds given as numeric strings are converted; others fail
for i = "1", "3" do io.write(i, type(i), " ") end print()
for i = 1, 3, "1" do io.write(i, " ") end print()
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, 2, {} do end end))
