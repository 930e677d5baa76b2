-- values computed by float arithmetic that are integral print as integers
print(0.1 * 10, 3 / 3, 2^10, 10 / 4 * 4, 1e15 + 0.3)
print(math.floor(3.7), math.ceil(-3.7), math.floor(-0.5))
