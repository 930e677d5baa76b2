-- % follows floor division: a - floor(a/b)*b
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(5.5 % 2, -5.5 % 2, 3 % 0.5)
print(0 % 5, 1 % 1)
