-- infinite and huge bounds and steps, and NaN bounds
for i = 1, math.huge do if i > 3 then break end io.write(i, " ") end print()
for i = -1, -math.huge, -1 do if i < -3 then break end io.write(i, " ") end print()
for i = 1, 3, math.huge do io.write(i, " ") end print()
for i = 0 / 0, 1 do io.write("nan") end print("nan start")
for i = 1, 0 / 0 do io.write("nan") end print("nan stop")
for i = 1e308, 1.7e308, 1e308 do io.write(i, " ") end print()
for i = -2^53, -2^53 + 2 do io.write(string.format("%.0f ", i)) end print()
