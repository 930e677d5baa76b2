-- sort is not stable; which of the equal elements lands where is pinned
local recs = {}
for i = 1, 40 do recs[i] = {key = (i * 13) % 5, id = i} end
table.sort(recs, function(x, y) return x.key < y.key end)
local out = {}
for i = 1, #recs do out[i] = recs[i].key .. ":" .. recs[i].id end
print(table.concat(out, " "))
