local f = string.format
print(f("%.15g %.15g %.15g %.15g", math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(0, -1)))
print(math.atan2(0, 0), math.atan2(1, 0) == math.pi / 2)
print(f("%.15g", math.atan(1, 2)))
print(pcall(function() local r = math.atan2(1) return r end))
