-- files share the "FILE*" metatable, which is its own __index
local mt = getmetatable(io.stdout)
print(type(mt), mt == getmetatable(io.tmpfile()), mt.__index == mt)
local keys = {}
for k in pairs(mt) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
print(io.stdout.write == mt.write, type(mt.__gc), type(mt.__tostring))
local s = tostring(io.stdout)
print(s:match("^file %(0x%x+%)$") ~= nil)
local f = io.tmpfile()
print(tostring(f) ~= s)
f:close()
print(tostring(f))
local names = {}
for k in pairs(io) do names[#names + 1] = k end
table.sort(names)
print(table.concat(names, " "))
