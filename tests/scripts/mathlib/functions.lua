-- the math library has exactly LuaJIT 2.1's fields
local names = {}
for k, v in pairs(math) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
