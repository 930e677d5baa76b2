-- / always performs float division
print(7 / 2, -7 / 2, 1 / 4, 6 / 3)
print(1 / 0, -1 / 0, 0 / 1, 2^53 / 2)
