-- Key 0 among negative keys: once the table has an array part (the first
-- rehash that counts 0 gives it one) 0 is visited first; the negative keys
-- stay in the hash part.
local function walk(t)
    local first, rest = nil, {}
    for k in pairs(t) do
        if first == nil then first = k else rest[#rest + 1] = k end
    end
    table.sort(rest)
    return first, table.concat(rest, " ")
end
local t = {} t[0] = 0 t[-1] = -1 t[-2] = -2
print(walk(t))
t = {} t[-1] = -1 t[-2] = -2 t[0] = 0
print(walk(t))
t = {} t[-1] = -1 t[0] = 0 t[1] = 1
print(walk(t))
