print(bit.band(0xff, 0x0f), bit.band(0xff, 0x0f, 0x3), bit.band(-1, 0x80000000), bit.band(7))
print(bit.bor(1, 2, 4, 8), bit.bor(0x80000000, 1), bit.bor(0), bit.bor(0xf0, 0x0f))
print(bit.bxor(3, 5), bit.bxor(-1, 0x55555555), bit.bxor(1, 1, 1), bit.bxor(0x12345678, 0x12345678))
