-- "attempt to index" naming locals, fields, upvalues, globals, methods
local function e(f, ...) print(select(2, pcall(f, ...))) end
local up = nil
local t = {}
e(function() local x; x.y = 1 end)
e(function() return t.a.b end)
e(function() return up.x end)
e(function() return undefinedglobal.x end)
e(function() t.x.y = 1 end)
e(function() t[1][2] = 1 end)
e(function() local k = "key"; t[k].x = 1 end)
e(function() return ("x").y.z end)
e(function() return (1).x end)
e(function() local b = true; return b.x end)
e(function() return math.sin.x end)
e(function() local a = {b = {}}; a.b.c.d = 1 end)
e(function() return _G.undefined_x.y end)
