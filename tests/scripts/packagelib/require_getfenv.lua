-- require and the loaders report the globals as their environment, as in LuaJIT
print(getfenv(require) == _G, getfenv(module) == _G, getfenv(package.loaders[2]) == _G)
