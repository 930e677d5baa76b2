-- random(m) is floor(r * m) + 1 and random(m, n) is floor(r * (n - m + 1)) + m,
-- without range checks: empty and reversed intervals give numbers too
math.randomseed(7)
local out = {}
for _, args in ipairs({{0}, {-3}, {1.5}, {5, 1}, {3, 3}, {-10, -5}, {2^40}, {1, 2^53}, {0.5, 2.5}, {1, 2, 3}}) do
    out[#out + 1] = tostring(math.random(unpack(args)))
end
print(table.concat(out, " "))
