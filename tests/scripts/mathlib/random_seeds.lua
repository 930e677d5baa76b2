local f = string.format
for _, s in ipairs({1, -1, 0.5, 1e300, -1e300, 2^53, 1 / 0, -1 / 0, 123456789, 5e-324, "17"}) do
    math.randomseed(s)
    print(s, f("%.17g", math.random()), math.random(100), math.random(-5, 5))
end
math.randomseed(0 / 0)
print("nan", f("%.17g", math.random()))
