-- levels count from getinfo itself; past the last one there is nil
print(debug.getinfo(0, "n").name)
print(debug.getinfo(1, "S").what)
print(debug.getinfo(100))
print(debug.getinfo(-1))
local co = coroutine.create(function() coroutine.yield() end)
coroutine.resume(co)
print(debug.getinfo(co, 1, "S").what, debug.getinfo(co, 2))
