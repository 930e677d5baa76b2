-- The main chunk is called by a C function of the interpreter, as in lua and
-- luajit: the level below it exists and its environment is the globals.
local function lvl(n) local e = getfenv(n) return e end
print(lvl(2) == _G)
print(lvl(3) == _G)
print(select(2, pcall(lvl, 4)) == _G)
print(select(2, pcall(getfenv, 3)) == _G)
print(pcall(lvl, 5))
print(pcall(getfenv, 4))
-- tail calls leave no level behind
local function tail() return getfenv(2) end
local env = {}
local function caller() return tail() end
setfenv(caller, env)
print(caller() == env, caller() == _G)
