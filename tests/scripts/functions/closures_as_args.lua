-- passing anonymous functions as arguments
local function apply(f, ...) return f(...) end
print(apply(function(a, b) return a * b end, 6, 7))
print(apply(select, "#", nil, nil))
print(apply(apply, function(x) return -x end, 5))
