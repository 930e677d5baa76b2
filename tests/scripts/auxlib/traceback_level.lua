local function a() print(debug.traceback("lvl2", 2)) end
local function b() a() end
local function c() print(debug.traceback("lvl3", 3)) end
local function d() c() end
coroutine.wrap(function() b() d() print(debug.traceback("lvl0", 0)) print(debug.traceback("big", 50)) end)()
