-- deeply nested table constructors and function bodies
local n = 50000
local f, err = loadstring("return " .. string.rep("{", n) .. string.rep("}", n), "=tables")
print(f, err)
local g, err2 = loadstring(string.rep("function f() ", 500) .. string.rep("end ", 500), "=funcs")
print(g, err2)
