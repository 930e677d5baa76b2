-- %.14g formatting of numbers by tostring, print and concatenation
local vals = {0, -0, 1/0, -1/0, 1e15, 1e16, 1e14, 123456789012345, 1234567890123456,
  2^53, 2^63, 2^64, -2^63, 1e-5, 1e-300, 5e-324, 1e308, 1.5, -1.5, 0.1, 1/3, 100,
  1e100, 2^31, 2^32, -2^31, 3.14159265358979, 12345678901234567890}
for _, v in ipairs(vals) do io.write(tostring(v), " ") end print()
for _, v in ipairs(vals) do io.write(v, " ") end print()
for _, v in ipairs(vals) do io.write(v .. "", " ") end print()
