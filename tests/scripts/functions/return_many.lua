-- returning many values
local function many(n)
  if n == 0 then return end
  return n, many(n - 1)
end
print(many(10))
print(select("#", many(200)))
