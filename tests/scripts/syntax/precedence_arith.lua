-- precedence of arithmetic operators
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 2 * 3 % 4)
print(7 % 3 * 2, 100 / 10 / 5, 1 + 6 / 2 - 1)
print(2 * 3 ^ 2, -3 % 5, 3 - -2)
