-- bad arguments to getinfo
print(pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo, 1, ">S"))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo))
print(pcall(debug.getinfo, print, "q"))
