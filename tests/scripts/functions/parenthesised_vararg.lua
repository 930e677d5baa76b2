-- (...) truncates to the first value
local function f(...) return (...) end
print(f(1, 2, 3))
print(select("#", f()))
local function g(...) return ... end
print(select("#", g()))
