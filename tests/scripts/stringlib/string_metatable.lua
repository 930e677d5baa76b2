-- The string metatable holds only __index, which is the string table.
local mt = getmetatable("")
print(type(mt), mt.__index == string, getmetatable("abc") == mt)
local keys = {}
for k in pairs(mt) do keys[#keys + 1] = k end
print(#keys, keys[1])
local names = {}
for k, v in pairs(string) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
string.shout = function(x) return x:upper() .. "!" end
print(("hey"):shout())
