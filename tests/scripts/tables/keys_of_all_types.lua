-- any value except nil and NaN can be a key
local f = function() end
local k = {}
local t = {}
t[true] = "bool"; t[f] = "func"; t[k] = "table"; t[1.5] = "float"; t["s"] = "str"
print(t[true], t[f], t[k], t[1.5], t.s, t[false])
