-- decimal, exponent, hex and hex float literals
print(0x10, 0xff, 0XA, 0x7fffffff, 0xffffffff, 0x100000000, 0xffffffffffffffff)
print(0x1p4, 0x.8, 0x1.8p1, 0xA.8p0, 0x.1p-2, 0x1P+4, 0xA.8P-1)
print(1e2, 1E2, 1e+2, 1e-2, .5, 5., 3e0, 0e0, 0x0, 08)
print(9007199254740993, 0xffffffffffffffffff, 1e309, 1e-400)
print(0b101, 0B11)
