-- "()" captures a position (a number).
print(("hello"):match("()ll()"))
print(("hello"):find("()"), type(("x"):match("()")))
print(("abc"):gsub("()", "%1"))
for a, b in ("ab"):gmatch("()(.)") do io.write(a, b, " ") end
print()
print(string.rep("x", 3):match("()x()x()x()"))
