-- a message that is not a string (or number) comes back untouched
local t = {}
print(debug.traceback(t) == t)
print(debug.traceback(nil))
print(debug.traceback(false))
coroutine.wrap(function() print(debug.traceback(12)) end)()
