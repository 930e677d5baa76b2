local f = string.format
for _, x in ipairs({0, 0.5, 1, -1, 2, math.pi / 6, 100}) do
    print(x, f("%.15g %.15g %.15g", math.sin(x), math.cos(x), math.tan(x)))
end
for _, x in ipairs({0, 0.5, 1, -1}) do
    print(x, f("%.15g %.15g %.15g", math.asin(x), math.acos(x), math.atan(x)))
end
