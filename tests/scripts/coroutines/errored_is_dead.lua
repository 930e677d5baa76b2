-- a coroutine that raised is dead; resuming it again says so
local co = coroutine.create(function() error("in co") end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
co = coroutine.create(function() coroutine.yield(1) error({code = 7}) end)
print(coroutine.resume(co))
local ok, e = coroutine.resume(co)
print(ok, type(e), e.code, coroutine.status(co))
