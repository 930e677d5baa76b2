print(bit.tohex(bit.bswap(0x12345678)), bit.bswap(0x12345678), bit.bswap(1), bit.bswap(-1), bit.bswap(0xff000000))
