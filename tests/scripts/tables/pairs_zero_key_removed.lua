-- Clearing key 0 (LuaJIT's array slot 0) during a traversal.
local function keys(t)
    local ks = {}
    for k in pairs(t) do ks[#ks + 1] = tostring(k) end
    return table.concat(ks, " ")
end
local t = {} t[0] = 0 t[1] = 1 t[2] = 2
local seen = {}
for k in pairs(t) do seen[#seen + 1] = k t[k] = nil end
print(table.concat(seen, " "), keys(t), next(t))
t = {} t[0] = 0 t[1] = 1 t[2] = 2
seen = {}
for k in pairs(t) do
    seen[#seen + 1] = k
    if k == 1 then t[0] = nil end
end
print(table.concat(seen, " "), keys(t))
t = {} t[1] = 1 t[2] = 2 t[0] = 0
seen = {}
for k in pairs(t) do
    seen[#seen + 1] = k
    if k == 0 then t[0] = nil end
end
print(table.concat(seen, " "), keys(t))
t = {[0] = 0, 1, 2}
t[0] = nil
print(keys(t))
t[0] = 3
print(keys(t))
