-- numeric for with fractional steps accumulates like LuaJIT
for i = 1, 3, 0.5 do io.write(i, " ") end print()
for i = 0.1, 1, 0.3 do io.write(i, " ") end print()
for i = 1.5, 3.5 do io.write(i, " ") end print()
for i = 1, 2, 0.25 do io.write(i, " ") end print()
