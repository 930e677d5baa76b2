print(bit.rol(0x12345678, 12), bit.ror(0x12345678, 12), bit.rol(0x12345678, 0), bit.ror(0x12345678, 32))
print(bit.rol(1, 31), bit.ror(1, 1), bit.ror(1, -1), bit.rol(-1, 13))
print(bit.tohex(bit.rol(0x87654321, 4)), bit.tohex(bit.ror(0x87654321, 4)))
