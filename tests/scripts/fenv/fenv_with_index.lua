-- an environment with __index can fall back to _G
local env = setmetatable({local_name = "mine"}, {__index = _G})
local f = loadstring("return local_name, type(print), tostring(nil)")
setfenv(f, env)
print(f())
