-- print separates arguments with tabs and converts with tostring
print(1, "a", nil, true, false, 1.5)
print()
print(nil)
print("", "")
print("x\ty")
local t = setmetatable({}, {__tostring = function() return "T!" end})
print(t, t)
