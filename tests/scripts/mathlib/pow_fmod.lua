local f = string.format
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(2, -1), math.pow(-8, 1 / 3) ~= math.pow(-8, 1 / 3))
print(f("%.17g %.17g", math.pow(1.1, 10), math.pow(3.7, -7)))
print(math.pow(0, 0), math.pow(0, -1), math.pow(-2, 3))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(7.5, 2))
print(math.fmod(7, 1 / 0), math.fmod(-7, 1 / 0))
