-- rawequal ignores __eq and compares numbers by value
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1.0), rawequal("a", "a"), rawequal({}, {}), rawequal(0 / 0, 0 / 0), rawequal(nil, nil), rawequal(0, -0))
