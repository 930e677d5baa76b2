-- numeric for counting down, empty ranges, a single iteration
for i = 3, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never") end print("empty up")
for i = 0, 1, -1 do io.write("never") end print("empty down")
for i = 1, 1, -1 do io.write("once ") end print()
for i = 10, 1, -3 do io.write(i, " ") end print()
