-- numbers in concatenation use %.14g
print(10 .. 20, 1.5 .. "", 1e100 .. "", -0 .. "", (0 / 0) .. "" == tostring(0 / 0))
print(1 .. 2 .. 3, 2^53 .. "", 0.1 .. "", 1e15 .. "", 1e16 .. "")
