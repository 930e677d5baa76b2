-- New string keys stored into a table the incremental collector has
-- already marked must survive the cycle (a missed write barrier on the key
-- frees the string while the table still holds it).
local h = {}
for i = 1, 200000 do h["k" .. i] = i end
local sum, count = 0, 0
for k, v in pairs(h) do
  assert(k == "k" .. v)
  sum = sum + v
  count = count + 1
end
print(count, sum)
print(h.k1, h.k100000, h.k200000)
