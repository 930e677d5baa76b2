-- LuaJIT keeps key 0 in slot 0 of the array part, so next() visits it
-- before key 1.
local t = {}
t[0] = 0 t[1] = 1 t[2] = 2
local ks = {}
for k in pairs(t) do ks[#ks + 1] = k end
print(table.concat(ks, " "))
