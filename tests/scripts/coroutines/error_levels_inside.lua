-- error with level 0 and runtime errors inside coroutines
local co = coroutine.create(function() error("plain", 0) end)
print(coroutine.resume(co))
co = coroutine.create(function() local x = nil; return x.y end)
print(coroutine.resume(co))
