-- ... in table constructors, with nils and in the middle
local function g(...) return ... end
local t = {g(1, 2, 3), g(4, 5, 6)}
print(#t, t[1], t[2], t[4])
t = {g(1, 2, 3), (g(4, 5, 6))}
print(#t)
t = {1, g(), 2}
print(t[1], t[2], t[3])
t = {g(nil, nil, 3)}
print(t[1], t[2], t[3])
local function s(...) local a = {..., n = 2} return a[1], a[2], a.n end
print(s(1, 2, 3))
