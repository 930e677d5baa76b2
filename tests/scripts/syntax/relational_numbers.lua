-- numeric comparison including floats and mixed signs
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1.5 > 1, -1 < 0)
print(0 == -0, 1/0 > 1e308, -1/0 < -1e308)
print(3 ~= 3.0, 3 == 3.0)
