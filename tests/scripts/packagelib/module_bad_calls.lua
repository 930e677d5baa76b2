-- module wants a name and a Lua function to call it
print(pcall(module, "fromc"))
print(pcall(function() module() end))
print(pcall(function() module({}) end))
local function f() module(7) end
f()
print(package.loaded["7"]._NAME)
