-- metamethods are looked up on every operation
local mt = {}
local t = setmetatable({}, mt)
print(t.x)
mt.__index = {x = "now"}
print(t.x)
mt.__index = nil
print(t.x)
