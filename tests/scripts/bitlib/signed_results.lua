-- results are signed 32-bit numbers
print(bit.band(0xffffffff, 0xffffffff), bit.bor(0x80000000), bit.lshift(3, 30), bit.tobit(0xdeadbeef))
print(bit.tobit(0xdeadbeef) == 0xdeadbeef, bit.tobit(0xdeadbeef) % 2^32 == 0xdeadbeef)
