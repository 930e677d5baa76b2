-- missing arguments are nil
local function f(a, b, c) return a, b, c, type(c) end
print(f(1))
