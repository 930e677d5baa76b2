-- coroutine.running: nil in the main thread (5.1), the coroutine inside
print(coroutine.running())
local c2 = coroutine.create(function() return coroutine.running() end)
local ok, r = coroutine.resume(c2)
print(ok, r == c2, type(r))
print(coroutine.isyieldable())
print(coroutine.wrap(function() return coroutine.isyieldable() end)())
