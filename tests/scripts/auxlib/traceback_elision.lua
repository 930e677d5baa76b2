-- deep stacks keep the first levels and the last ten
local function rec(n) if n == 0 then print(debug.traceback("deep")) else rec(n - 1) end return n end
for _, depth in ipairs({9, 10, 11, 20, 21, 22, 40}) do
    print("== depth " .. depth)
    coroutine.wrap(function() rec(depth) end)()
end
