-- concatenation errors name the offending operand
local function e(f, ...) print(select(2, pcall(f, ...))) end
local t = {}
e(function() local a = {}; return a .. "x" end)
e(function() local a = {}; return "x" .. a end)
e(function() return "x" .. nil .. "y" end)
e(function() return 1 .. {} end)
e(function() local a, b = 1, {}; return a .. b end)
e(function() return t.x .. "a" end)
e(function() return true .. "" end)
e(function() local a, b = "x", "y" local c = {} return a .. b .. c end)
e(function() local c = {} return "a" .. "b" .. c .. "d" end)
