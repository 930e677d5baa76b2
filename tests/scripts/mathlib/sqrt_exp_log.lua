local f = string.format
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1 / 0))
print(f("%.17g %.17g", math.exp(1), math.exp(-1)), math.exp(0))
print(f("%.17g %.17g", math.log(10), math.log(0.5)), math.log(1))
print(math.log(0), math.log10(1000), math.log10(0.001), math.log10(0))
