-- arithmetic errors name either operand, of any kind
local function e(f, ...) print(select(2, pcall(f, ...))) end
local up = nil
local t = {}
e(function() return 1 + nil end)
e(function() local a; return a + 1 end)
e(function() local a; return 1 + a end)
e(function() return up * 2 end)
e(function() return t.x - 1 end)
e(function() return 1 - t.x end)
e(function() return glob ^ 2 end)
e(function() return 2 % glob end)
e(function() return -{} end)
e(function() local s = {}; return -s end)
e(function() local b = true return b + 1 end)
e(function() local s = "a" return -s end)
e(function() local x = {} return x + x end)
e(function() local t2 = {x = 1}; return t2.x + t2.y end)
