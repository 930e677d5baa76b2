-- a name is required after local, function, dot and colon
print(loadstring("local = 1", "=src"))
print(loadstring("function (x) end", "=src"))
print(loadstring("x = a.1", "=src"))
print(loadstring("a:()", "=src"))
print(loadstring("local function 5() end", "=src"))
