-- missing values become nil; a call in the middle gives one value
local function f() return 1, 2, 3 end
local a, b, c, d = f()
print(a, b, c, d)
a, b, c, d = f(), 10
print(a, b, c, d)
a, b, c, d = (f())
print(a, b, c, d)
a, b = 0, f()
print(a, b)
