-- generic for with a custom stateless iterator
local function iter(limit, i)
  if i < limit then return i + 1, (i + 1) * (i + 1) end
end
local out = {}
for i, sq in iter, 4, 0 do out[#out + 1] = i .. ":" .. sq end
print(table.concat(out, " "))
