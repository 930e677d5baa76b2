-- repeat body locals are visible in the until clause and captured freshly
local fs = {}
local n = 0
repeat
  n = n + 1
  local sq = n * n
  fs[n] = function() return sq end
until sq >= 9
print(n, fs[1](), fs[2](), fs[3]())
