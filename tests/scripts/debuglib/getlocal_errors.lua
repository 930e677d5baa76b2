-- bad arguments to getlocal and setlocal
print(pcall(debug.getlocal, 100, 1))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, "x", 1))
print(pcall(debug.setlocal, 100, 1, 1))
print(pcall(debug.setlocal, 1, 1))
