-- hashmap: tables as dictionaries: string keys built at run time, counting,
-- hits and misses, deleting, sparse number keys, pairs and next.
-- size: default 160, check 1 (rounds)
local M = 1000003
local seed = 7
local function rand(n)
  seed = (seed * 16807) % 2147483647
  return seed % n
end

local function round()
  local counts = {}
  for _ = 1, 20000 do
    local k = "k" .. rand(3000)
    counts[k] = (counts[k] or 0) + 1
  end
  local hits, misses = 0, 0
  for i = 1, 6000 do
    if counts["k" .. i] then hits = hits + 1 else misses = misses + 1 end
  end
  for i = 0, 2999, 3 do counts["k" .. i] = nil end
  local h, n = 0, 0
  for k, v in pairs(counts) do
    h = (h + v * #k) % M
    n = n + 1
  end
  local sparse = {}
  for i = 1, 5000 do sparse[rand(1000000) * 3] = i end
  for k, v in pairs(sparse) do h = (h + k % 101 + v) % M end
  local k = next(sparse)
  while k do
    local after = next(sparse, k)
    sparse[k] = nil
    k = after
  end
  if next(sparse) ~= nil then error("sparse table not emptied") end
  return (h + hits * 3 + misses + n) % M
end

local rounds = tonumber(arg and arg[1]) or 160
local sum = 0
for _ = 1, rounds do sum = (sum + round()) % M end
print(string.format("hashmap x%d: %d", rounds, sum))
