-- assigning to undeclared names creates globals in _G
newglobal = 5
print(newglobal, _G.newglobal, rawget(_G, "newglobal"))
newglobal = nil
print(newglobal, rawget(_G, "newglobal"))
_G.viaG = "g"
print(viaG)
