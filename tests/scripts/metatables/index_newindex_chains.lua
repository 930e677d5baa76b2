-- __index and __newindex through tables and functions, rawget/rawset bypass
local base = {x = "base"}
local mid = setmetatable({}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.x, top.y)
local fi = setmetatable({}, {__index = function(t, k) return k .. "!" end})
print(fi.abc, fi[1], rawget(fi, "abc"))
local store = {}
local nt = setmetatable({}, {__newindex = store})
nt.a = 1
print(rawget(nt, "a"), store.a)
local nt2 = setmetatable({}, {__newindex = nt})
nt2.b = 2
print(rawget(nt2, "b"), rawget(nt, "b"), store.b)
local fn = setmetatable({}, {__newindex = function(t, k, v) rawset(t, k, v * 2) end})
fn.x = 5; fn.x = 7
print(fn.x)
local ex = setmetatable({k = 1}, {__newindex = function() error("should not") end})
ex.k = 2 print(ex.k)
ex.k = nil
print(pcall(function() ex.k = 3 end))
