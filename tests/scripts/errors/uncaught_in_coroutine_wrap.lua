-- an error from a wrapped coroutine that nobody catches
local f = coroutine.wrap(function() error("inside wrap") end)
f()
