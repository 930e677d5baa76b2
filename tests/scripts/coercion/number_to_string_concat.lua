-- numbers are converted to strings by concatenation
print(1 .. "", 1.5 .. "|", -0.0 .. "", 2^63 .. "", 10 / 2 .. "")
print(1e100 .. "", 0.1 .. "", 1/3 .. "")
print(type(12 .. ""), 1 .. 2 .. 3)
