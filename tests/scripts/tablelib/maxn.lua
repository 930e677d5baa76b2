print(table.maxn({}))
print(table.maxn({1, 2, 3}))
print(table.maxn({[1] = 1, [10] = 2, [5.5] = 3, x = 4}))
print(table.maxn({[-3] = 1, [-1] = 2}))
print(table.maxn({[1.5] = true}))
local t = {1, 2, 3}
t[3] = nil
t[100] = 1
t[100] = nil
print(table.maxn(t))
print(pcall(function() local r = table.maxn() return r end))
print(pcall(function() local r = table.maxn(1) return r end))
