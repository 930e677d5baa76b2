local co = coroutine.create(function()
    local function rec(n) if n == 0 then coroutine.yield() else rec(n - 1) end return n end
    rec(30)
end)
coroutine.resume(co)
print(debug.traceback(co, "from 0"))
print(debug.traceback(co, "from 15", 15))
print(debug.traceback(co, nil, 25))
