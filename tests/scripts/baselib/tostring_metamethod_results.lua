-- tostring hands its one argument to __tostring in a tail call: whatever the
-- metamethod returns is tostring's result, however many values and of any type
local function mt(f) return setmetatable({}, {__tostring = f}) end
print(select('#', tostring(mt(function() return 1, 2, 3 end))))
print(select('#', tostring(mt(function() end))))
print(tostring(mt(function() return 42 end)) + 1)
print(type(tostring(mt(function() return {} end))))
print(tostring(mt(function(...) return select('#', ...) end), "extra", "args"))
print(tostring(mt(function() return false end)))
