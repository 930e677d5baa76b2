-- % and ^ with negative, zero and infinite operands
print(8 % 3, -8 % 3, 8 % -3, -8 % -3, 5.5 % 2, -5.5 % 2)
print(5 % math.huge, -5 % math.huge, 5 % -math.huge)
print(2^-1, (-2)^2, -2^2, 2^0.5, 0^0, 0^-1, math.huge^0, (-math.huge)^3, 2^1024)
print(7 / 2, -7 / 2, 7 % -2, -7 % 2, 0 % 5, 5.5 % -2)
print(1e308 * 10, -1e308 * 10, 2^1023 * 2)
