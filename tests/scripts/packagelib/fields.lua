-- the package table's fields and their types, as LuaJIT 2.1 has them
local names = {}
for k, v in pairs(package) do names[#names + 1] = k .. "=" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print(#package.loaders, type(package.loaders[1]), type(package.loaders[4]), package.loaders[5])
print(type(require), type(module), package.loaded.package == package, package.loaded._G == _G)
