-- missing then, do, and in keywords
print(loadstring("if x y = 1 end", "=src"))
print(loadstring("while x y() end", "=src"))
print(loadstring("for i = 1, 2 print(i) end", "=src"))
print(loadstring("for k v in pairs(t) do end", "=src"))
