-- functions share the global environment by default
local function f() end
print(getfenv(f) == _G, getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G)
