-- more than 200 locals in one function is an error
local names = {}
for i = 1, 210 do names[i] = "v" .. i end
print(loadstring("local " .. table.concat(names, ", "), "=src"))
names = {}
for i = 1, 150 do names[i] = "v" .. i end
print(loadstring("local " .. table.concat(names, ", "), "=src") ~= nil)
