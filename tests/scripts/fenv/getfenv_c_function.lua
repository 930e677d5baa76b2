-- getfenv of a C function returns the global table
print(getfenv(print) == _G, type(getfenv(string.format)))
