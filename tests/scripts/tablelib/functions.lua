-- the table library has exactly LuaJIT 2.1's functions
local names = {}
for k, v in pairs(table) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
