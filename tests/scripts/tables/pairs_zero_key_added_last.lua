-- Key 0 stored after keys 1..n still comes first in LuaJIT's traversal: it
-- lands in slot 0 of the array part.
local function keys(t)
    local ks = {}
    for k in pairs(t) do ks[#ks + 1] = tostring(k) end
    return table.concat(ks, " ")
end
local t = {} t[1] = 1 t[2] = 2 t[0] = 0
print(keys(t))
t = {} t[1] = 1 t[2] = 2 t[3] = 3 t[0] = 0
print(keys(t))
t = {1, 2, 3} t[0] = 0
print(keys(t))
t = {1, 2, 3, 4} t[0] = 0
print(keys(t))
t = {1, 2, 3, nil, 5} t[0] = 0
print(keys(t))
t = {} for i = 10, 0, -1 do t[i] = i end
print(keys(t))
t = {} t[2] = 2 t[0] = 0
print(keys(t))
t = {n = 1} t[0] = 0 t[1] = 1
print(keys(t))
t = {} t[-0.0] = 5 t[1] = 1
print(keys(t), t[0])
