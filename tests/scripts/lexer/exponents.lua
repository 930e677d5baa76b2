-- exponent forms: e, E, signed exponents, exponents on forms with a dot
print(1e2, 1E2, 1e+2, 1e-2, 1.5e3, .5e1, 5.e-1)
print(2e0, 2E-0, 12e-3)
print(1e308, 1e-308)
print(1e309, -1e309)
print(1e-400)
