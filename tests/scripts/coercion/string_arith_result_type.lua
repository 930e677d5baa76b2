-- the result of arithmetic on strings is a number and prints as one
local r = "0x10" * 1
print(r, type(r))
print("1.50" + 0, "1e1" * 1, "  -0x1  " + 0)
