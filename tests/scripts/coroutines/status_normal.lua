-- a coroutine that resumed another one is 'normal'
local outer
local inner = coroutine.create(function() return coroutine.status(outer) end)
outer = coroutine.create(function() return coroutine.resume(inner) end)
print(coroutine.resume(outer))
