-- McIlroy's adversary decides comparisons lazily so as to drive a plain
-- quicksort quadratic; the result must still be correctly sorted
local n = 3000
local gas = n + 1
local val, t = {}, {}
local solid, cand = 0, nil
for i = 1, n do val[i] = gas; t[i] = i end
local function freeze(x) val[x] = solid; solid = solid + 1 end
table.sort(t, function(x, y)
    if val[x] == gas and val[y] == gas then
        if x == cand then freeze(x) else freeze(y) end
    end
    if val[x] == gas then cand = x elseif val[y] == gas then cand = y end
    return val[x] < val[y]
end)
local ok = true
for i = 2, n do if val[t[i - 1]] > val[t[i]] then ok = false end end
print("sorted", ok)
