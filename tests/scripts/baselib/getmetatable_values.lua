-- getmetatable on various values
print(getmetatable({}), getmetatable(1), getmetatable(nil), getmetatable(print))
print(type(getmetatable("")), getmetatable("").__index == string)
local mt = {}
print(getmetatable(setmetatable({}, mt)) == mt)
