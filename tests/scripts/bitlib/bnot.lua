print(bit.bnot(0), bit.bnot(-1), bit.bnot(0x12345678), bit.bnot(2^32), bit.bnot(1.5))
