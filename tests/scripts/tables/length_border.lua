-- # returns a border: t[n] ~= nil and t[n+1] == nil
local t = {1, 2, nil, 4}
local n = #t
print(t[n] ~= nil, t[n + 1] == nil)
local u = {nil, nil, 3}
local m = #u
print(m == 0 or (u[m] ~= nil and u[m + 1] == nil))
