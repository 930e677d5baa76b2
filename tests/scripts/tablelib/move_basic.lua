local function show(t, n)
    local out = {}
    for i = 1, n do out[i] = tostring(t[i]) end
    print(table.concat(out, " "))
end
local t = {1, 2, 3, 4, 5}
print(table.move(t, 1, 3, 3) == t)
show(t, 5)
t = {1, 2, 3, 4, 5}
table.move(t, 3, 5, 1)
show(t, 5)
t = {1, 2, 3}
local u = {"a", "b", "c", "d"}
print(table.move(t, 1, 3, 2, u) == u)
show(u, 4)
t = {1, 2, 3}
table.move(t, 2, 1, 1)
show(t, 3)
table.move(t, 1.5, 2.5, 3)
show(t, 4)
