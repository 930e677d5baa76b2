-- beyond 2^51 the low 32 bits of the rounded sum are what is left
print(bit.tobit(2^51), bit.tobit(2^52), bit.tobit(2^53 + 3), bit.tobit(2^60 + 2^33 + 7))
print(bit.tobit(1e300), bit.tobit(-1e300), bit.tobit(1e15 + 0.5))
print(bit.tobit(1 / 0), bit.tobit(-1 / 0), bit.tobit(0 / 0))
