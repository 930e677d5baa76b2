-- getinfo 'f' gives the function of a level
local function f() return debug.getinfo(1, "f").func end
print(f() == f)
print(debug.getinfo(print, "f").func == print)
print(debug.getinfo(1, "f").func ~= nil)
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.getinfo(co, 0, "f").func == coroutine.yield)
