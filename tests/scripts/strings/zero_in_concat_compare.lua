-- zero bytes survive concatenation and affect comparison
local a = "x\0y"
local b = "x\0z"
print(a < b, a == "x\0y", a ~= "x", #(a .. b))
print(("\0"):rep(3) == "\0\0\0", #("\0"):rep(10))
