-- A constructor with a [0] key gives the table an array part in LuaJIT, and
-- key 0 its first slot: pairs visits 0 first, before the items and before
-- the string keys.
local function keys(t)
    local ks = {}
    for k in pairs(t) do ks[#ks + 1] = tostring(k) end
    return table.concat(ks, " ")
end
print(keys({[0] = 0, 1, 2}))
print(keys({1, 2, [0] = 0}))
print(keys({[0] = 0, [1] = 1}))
print(keys({[1] = 1, [0] = 0}))
print(keys({[0] = 0, 1, 2, 3, [4] = 4}))
print(keys({[0] = 0, [1] = 1, [2] = 2, [3] = 3}))
print(next({[0] = 0, x = 1, y = 2, z = 3}))
print(next({x = 1, y = 2, [0] = 0, z = 3}))
local v = 5
print(next({x = 1, y = 2, [0] = v, z = 3}))
print(next({x = 1, y = 2, [0] = {}, z = 3}) == 0)
