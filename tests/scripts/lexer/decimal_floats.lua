-- decimal float literals with and without digits around the dot
print(3.0, 3., .5, 0.5, 1.25, 10.125)
print(.0, 0., 00.5)
print(3.14159265358979)
print(1/3, 2/3)
