-- fractions round to nearest, ties to even
print(bit.tobit(0.5), bit.tobit(1.5), bit.tobit(2.5), bit.tobit(3.5))
print(bit.tobit(-0.5), bit.tobit(-1.5), bit.tobit(-2.5), bit.tobit(0.49999999999999994))
print(bit.tobit(1.2), bit.tobit(1.7), bit.tobit(-1.2), bit.tobit(-1.7))
