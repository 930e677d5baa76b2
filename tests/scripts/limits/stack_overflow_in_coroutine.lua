-- a stack overflow inside a coroutine is reported by resume
local function deep(n) return deep(n + 1) + 1 end
local co = coroutine.create(function() return deep(1) end)
local ok, err = coroutine.resume(co)
print(ok, coroutine.status(co), tostring(err):find("stack overflow", 1, true) ~= nil)
