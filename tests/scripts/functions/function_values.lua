-- functions are first-class values and compare by identity
local function f() end
local g = f
print(f == g, type(f), f == function() end)
local t = {[f] = "keyed by function"}
print(t[g])
