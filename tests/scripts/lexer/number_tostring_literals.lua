-- numbers that are integral floats print without a fractional part
print(1.0, -2.0, 1e3, 2^53, 0x1p10)
print(100.5, -0.25, 1e100, 123e-7)
print(0.1, 1e-5, 1e14, 1e15, 1e16)
