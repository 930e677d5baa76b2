local f = string.format
for _, x in ipairs({0, 1, -1, math.pi, 180, 45, 1e10}) do
    print(x, f("%.17g %.17g", math.deg(x), math.rad(x)))
end
