-- C functions in between show as [C]
coroutine.wrap(function()
    pcall(function() print(debug.traceback("in pcall")) end)
    table.sort({3, 2, 1}, function(a, b)
        if a == 3 and b == 2 or a == 2 and b == 3 then print(debug.traceback("in sort")) end
        return a < b
    end)
end)()
