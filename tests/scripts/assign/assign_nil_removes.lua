-- assigning nil to a field removes it
local t = {a = 1, b = 2}
t.a = nil
local n = 0
for _ in pairs(t) do n = n + 1 end
print(t.a, t.b, n)
t[1] = "x"; t[1] = nil
print(#t, next(t))
