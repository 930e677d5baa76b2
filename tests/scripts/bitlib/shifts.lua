print(bit.lshift(1, 0), bit.lshift(1, 4), bit.lshift(1, 31), bit.lshift(0xff, 28))
print(bit.rshift(256, 4), bit.rshift(-1, 28), bit.rshift(0x80000000, 31), bit.rshift(-1, 0))
print(bit.arshift(256, 4), bit.arshift(-256, 4), bit.arshift(0x80000000, 31), bit.arshift(-1, 31))
