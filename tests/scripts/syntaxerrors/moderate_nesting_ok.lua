-- moderately nested code compiles and runs
local n = 100
local f = loadstring("return " .. string.rep("(", n) .. "7" .. string.rep(")", n))
print(f())
local g = loadstring("local x = 0 " .. string.rep("do ", n) .. "x = x + 1 " .. string.rep("end ", n) .. "return x")
print(g())
local h = loadstring("return " .. string.rep("{", n) .. "'in'" .. string.rep("}", n))
local t = h()
for _ = 1, n - 1 do t = t[1] end
print(t[1])
