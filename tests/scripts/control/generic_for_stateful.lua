-- generic for with a closure iterator and extra ignored values
local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end
end
local s = 0
for v in range(100) do s = s + v end
print(s)
for a, b, c in range(2) do print(a, b, c) end
