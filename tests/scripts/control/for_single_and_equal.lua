-- ranges with a single iteration and float bounds
for i = 5, 5 do print("once", i) end
for i = 1.5, 3 do print(i) end
for i = -1, -3, -1 do print(i) end
