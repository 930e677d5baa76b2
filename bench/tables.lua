-- tables: array workloads through the table library: insert and remove at
-- the end and in the middle, sort with and without a comparator, '#', ipairs.
-- size: default 250, check 2 (rounds)
local insert, remove, sort = table.insert, table.remove, table.sort
local M = 1000003

local seed = 42
local function rand(n) -- Park-Miller; exact in doubles and in 5.4 integers
  seed = (seed * 16807) % 2147483647
  return seed % n
end

local function by_key_then_id(a, b)
  if a.key ~= b.key then return a.key < b.key end
  return a.id < b.id
end

local function round()
  local t = {}
  for _ = 1, 2000 do insert(t, rand(100000)) end
  for i = 1, 200 do insert(t, rand(#t) + 1, i) end
  for _ = 1, 200 do remove(t, rand(#t) + 1) end
  sort(t)
  local h = 0
  for i = 1, #t, 3 do h = (h + t[i] * i) % M end
  sort(t, function(a, b) return a > b end)
  while #t > 1000 do h = (h + remove(t)) % M end
  for i, v in ipairs(t) do h = (h + v % 97 * i) % M end
  local recs = {}
  for i = 1, 500 do recs[i] = { key = rand(50), id = i } end
  sort(recs, by_key_then_id)
  for i = 1, #recs, 5 do h = (h * 3 + recs[i].id) % M end
  return h
end

local rounds = tonumber(arg and arg[1]) or 250
local sum = 0
for _ = 1, rounds do sum = (sum + round()) % M end
print(string.format("tables x%d: %d", rounds, sum))
