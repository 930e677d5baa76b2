-- string methods through the string metatable, also on literals
print(("x"):rep(3), ("%d"):format(5), ("abc"):len(), #"abc")
print(("hello"):sub(2, 3):upper())
local s = "abc"
print(s:len(), s:sub(2), #s:upper(), s:byte(-1))
print(("a"):byte(), ("%s"):rep(2, ","))
print(#"", #"\0", #"a\0b")
