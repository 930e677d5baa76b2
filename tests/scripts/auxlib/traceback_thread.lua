-- the traceback of another coroutine, suspended or dead
local co = coroutine.create(function()
    local function deeper() coroutine.yield() end
    deeper()
end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "with message"))
print(debug.traceback(co, "from level 1", 1))
print(debug.traceback(co, "deep", 40))
coroutine.resume(co)
print(debug.traceback(co, "dead"))
