-- debug.getfenv/setfenv on functions, threads and userdata
local function f() return x end
local env = {x = "from env"}
print(debug.setfenv(f, env) == f)
print(f(), debug.getfenv(f) == env)
print(debug.getfenv(print) == _G)
print(debug.getfenv(1))
local co = coroutine.create(function() end)
print(debug.getfenv(co) == _G)
print(pcall(debug.setfenv, 1, {}))
print(pcall(debug.setfenv, f, 1))
print(pcall(debug.getfenv))
