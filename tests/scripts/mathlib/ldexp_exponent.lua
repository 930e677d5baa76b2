-- the exponent is truncated towards zero and never wraps around
print(math.ldexp(1, 2.7), math.ldexp(1, -2.5), math.ldexp(1, -0.9), math.ldexp(1, "3.9"))
print(math.ldexp(1, 2^31), math.ldexp(1, -2^31), math.ldexp(3, 1e10), math.ldexp(-1, 1e300))
print(math.ldexp(1, -1 / 0), math.ldexp(-1, 1 / 0), math.ldexp(0, -1 / 0))
