-- nil values in constructors leave holes
local t = {1, nil, 3, n = nil}
print(t[1], t[2], t[3], t.n)
local cnt = 0
for _ in pairs(t) do cnt = cnt + 1 end
print(cnt)
