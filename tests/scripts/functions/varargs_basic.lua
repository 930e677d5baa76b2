-- ... collects extra arguments; missing fixed params are nil
local function f(a, b, ...) return a, b, select("#", ...), ... end
print(f())
print(f(1))
print(f(1, 2, 3, 4))
print(f(nil, nil, nil))
