-- yields through C functions (sort comparators, gsub callbacks) fail
local co = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
print(coroutine.resume(co))
co = coroutine.create(function() return ("abc"):gsub(".", function(c) coroutine.yield(c) end) end)
print(coroutine.resume(co))
co = coroutine.create(function() print(setmetatable({}, {__tostring = function() coroutine.yield() return "x" end})) end)
print(coroutine.resume(co))
