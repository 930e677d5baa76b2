-- globals, fields, methods, locals, upvalues and anonymous functions
local t = {}
function t.field() print(debug.traceback()) end
function t:meth() t.field() end
function glob() t:meth() end
local function loc() glob() end
coroutine.wrap(function()
    (function() loc() end)()
end)()
