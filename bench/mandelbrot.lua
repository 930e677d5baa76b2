-- mandelbrot: iterates z = z^2 + c over a grid and counts the points that stay
-- bounded. Pure floating-point arithmetic and compares in local registers.
-- size: default 1200, check 40 (the grid width and height)
local n = tonumber(arg and arg[1]) or 1200
local max_iter = 50
local inside, iter_sum = 0, 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local i = 0
    while i < max_iter and zr2 + zi2 <= 4.0 do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2 = zr * zr
      zi2 = zi * zi
      i = i + 1
    end
    if i == max_iter then inside = inside + 1 end
    iter_sum = iter_sum + i
  end
end
print(string.format("%dx%d: %d inside, %d iterations", n, n, inside, iter_sum))
