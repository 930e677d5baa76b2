-- == between different types is false and never calls metamethods
local mt = {__eq = function() print("called") return true end}
local t = setmetatable({}, mt)
print(1 == "1", {} == {}, nil == false, print == print, "a" == "a", t == 1, t == "t", t == nil)
print(0 == -0, 1 == 1.0, 2^53 == 2^53 + 1)
