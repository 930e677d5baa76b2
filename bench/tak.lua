-- tak: the Takeuchi function, three arguments and deep non-tail recursion,
-- run a number of times with varying arguments.
-- size: default 600, check 3 (repetitions)
local function tak(x, y, z)
  if y >= x then return z end
  return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
end

local reps = tonumber(arg and arg[1]) or 600
local sum = 0
for i = 1, reps do
  sum = sum + tak(18 + i % 3, 12, 6)
end
print(string.format("tak x%d: %d", reps, sum))
