-- traceback names tail-called functions after the call, metamethods after their event
local function g() print(debug.traceback("tb")) return 1 end
local function f() return g() end
coroutine.wrap(function() f() end)()
local t = setmetatable({}, {__index = function(t, k) print(debug.traceback("idx")) return 1 end})
coroutine.wrap(function() local x = t.foo end)()
coroutine.wrap(function() for k in function() print(debug.traceback("iter")) end do end end)()
