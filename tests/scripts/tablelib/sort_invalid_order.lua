print(pcall(function() table.sort({5, 4, 3, 2, 1, 6, 7}, function(a, b) return true end) end))
print(pcall(function()
    local t = {}
    for i = 1, 100 do t[i] = (i * 37) % 101 end
    table.sort(t, function(a, b) return a <= b end)
end))
-- an inconsistent comparator need not be caught, but must not crash
local t = {}
for i = 1, 50 do t[i] = i % 3 end
local ok = pcall(table.sort, t, function(a, b) return a ~= b end)
print(type(ok))
