-- strings: builds, formats, searches and rewrites strings: string.format,
-- table.concat, gsub with string, function and table replacements, gmatch,
-- find (plain and pattern), sub, byte, char, upper, rep and '..' in a loop.
-- size: default 6000, check 3 (rounds)
local format, gsub, gmatch, find = string.format, string.gsub, string.gmatch, string.find
local sub, byte, char, upper, rep = string.sub, string.byte, string.char, string.upper, string.rep
local concat = table.concat

local words = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }
local abbrev = { alpha = "a", beta = "b", gamma = "g", delta = "d" }
local M = 1000003

local function round(r)
  local parts = {}
  for i = 1, 120 do
    parts[#parts + 1] = format("%s-%d:%5.2f;", words[i % 8 + 1], i * r % 9973, i / 8)
  end
  local s = concat(parts)
  local swapped, n1 = gsub(s, "(%a+)-(%d+)", "%2=%1")
  local short, n2 = gsub(swapped, "%a+", abbrev)
  local lens, n3 = gsub(short, "%d+", function(d) return #d end)
  local h = (n1 + n2 + n3 + #lens) % M
  for w in gmatch(upper(swapped), "%u+") do
    h = (h * 31 + #w + byte(w, 1)) % M
  end
  local pos, hits = 1, 0
  while true do
    local a, b = find(s, "eta", pos, true)
    if not a then break end
    hits = hits + 1
    pos = b + 1
  end
  local a, b, num = find(s, "(%d+%.%d+);", 200)
  local acc = ""
  for i = 1, 40 do acc = acc .. char(65 + (i * r) % 26) end
  local line = rep(sub(acc, 1, 5), 8) .. sub(s, -20, -1)
  for i = 1, #line, 7 do h = (h * 7 + byte(line, i)) % M end
  return (h + hits + a + b + #num) % M
end

local rounds = tonumber(arg and arg[1]) or 6000
local sum = 0
for r = 1, rounds do sum = (sum + round(r)) % M end
print(format("strings x%d: %d", rounds, sum))
