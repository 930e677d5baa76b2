-- integer-valued results of float arithmetic print without a fraction
print(0.5 + 0.5, 3 / 3, 2^10, 1e3, 10 / 4 * 2)
