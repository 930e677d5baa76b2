-- print calls the global tostring
local saved = tostring
tostring = function(v) return "<" .. saved(v) .. ">" end
print(1, "s", nil)
tostring = saved
print(1, "s")
