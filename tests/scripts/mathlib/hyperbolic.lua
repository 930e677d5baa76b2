local f = string.format
for _, x in ipairs({0, 1, -1, 0.5, 10}) do
    print(x, f("%.15g %.15g %.15g", math.sinh(x), math.cosh(x), math.tanh(x)))
end
print(math.sinh(1000), math.cosh(-1000), math.tanh(1000))
