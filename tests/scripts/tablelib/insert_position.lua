local function show(t, n)
    local out = {}
    for i = 1, n do out[i] = tostring(t[i]) end
    print(table.concat(out, " "))
end
local t = {1, 2, 3}
table.insert(t, 1, "first")
show(t, 4)
table.insert(t, 3, "mid")
show(t, 5)
table.insert(t, 6, "end")
show(t, 6)
table.insert(t, "2", "str")
show(t, 7)
