-- only the low five bits of the count matter
print(bit.lshift(1, 32), bit.lshift(1, 33), bit.lshift(1, -1), bit.lshift(1, 2^32 + 1))
print(bit.rshift(-1, 32), bit.rshift(-1, -4), bit.arshift(-16, 36))
print(bit.lshift(1, 1.5), bit.lshift(1, 2.5), bit.lshift(1, "3"))
