-- parentheses keep one value of a call or vararg
local function f(...) return ... end
print((f(1, 2, 3)))
print(f(f(1, 2)))
print(f((f(1, 2))))
print(select("#", (f())))
print(math.max(1, 2), (math.max(1, 2)))
