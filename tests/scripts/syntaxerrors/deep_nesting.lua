-- deeply nested source code gives an error, not a crash
local n = 100000
local src = "return " .. string.rep("(", n) .. "1" .. string.rep(")", n)
local f, err = loadstring(src, "=deep")
print(f, err)
local src2 = string.rep("do ", n) .. string.rep("end ", n)
local f2, err2 = loadstring(src2, "=deep2")
print(f2, err2)
