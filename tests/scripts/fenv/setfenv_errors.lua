-- setfenv with bad arguments and C functions
print(pcall(setfenv, 1, 2))
print(pcall(setfenv, print, {}))
print(pcall(getfenv, 50))
print(pcall(setfenv, -1, {}))
