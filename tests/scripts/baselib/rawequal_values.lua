-- rawequal ignores __eq
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1.0), rawequal("x", "x"), rawequal(1, "1"), rawequal(nil, nil))
print(pcall(rawequal, 1))
