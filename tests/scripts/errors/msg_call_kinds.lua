-- "attempt to call" naming locals, fields, upvalues, globals, methods
local function e(f, ...) print(select(2, pcall(f, ...))) end
local up = nil
local t = {}
e(function() up() end)
e(function() undefinedglobal() end)
e(function() return t.a:b() end)
e(function() return t:nomethod() end)
e(function() return (nil)() end)
e(function() local a = 1; return a() end)
e(function() return t[1]() end)
e(function() return t["a b"]() end)
e(function() ("x"):nope() end)
e(function() local s = "x"; s:nope() end)
e(function() string.nope() end)
e(function() local t2 = {x = 1}; t2:x() end)
e(function() local function f() end; f()() end)
e(function() for x in 1 do end end)
e(function() local t3 = {} for x in t3.iter do end end)
