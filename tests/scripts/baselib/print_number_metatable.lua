-- with a metatable for numbers, print hands numbers to tostring (and so to
-- their __tostring); strings are still written as they are
debug.setmetatable(0, {__tostring = function(n) return "#" .. string.format("%d", n) end})
print(1, "a", 2)
print(tostring(3))
debug.setmetatable(0, nil)
print(1, tostring(2))
