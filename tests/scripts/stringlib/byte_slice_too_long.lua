-- string.byte refuses to return more than 8000 values.
local s = string.rep("x", 9000)
local ok, err = pcall(function() local r = s:byte(1, -1) return r end)
print(ok, err)
print(select("#", s:byte(1, 5000)))
