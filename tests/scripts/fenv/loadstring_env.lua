-- loaded chunks get the global environment, independent of the loader's
local g = setfenv(function() return loadstring("return envmark") end, {loadstring = loadstring})
envmark = "from _G"
print(g()())
