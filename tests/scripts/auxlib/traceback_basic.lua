-- run in a coroutine so the bottom of the stack is the script's own
local function inner() print(debug.traceback("msg")) end
local function middle() inner() end
local co = coroutine.wrap(function() middle() print(debug.traceback()) end)
co()
