-- luaL_where names the chunk and line of the level asked for
local function lvl1() error("one", 1) end
local function lvl2() error("two", 2) end
local function lvl0() error("zero", 0) end
local function lvl3() lvl2() end
print(pcall(lvl1))
print(pcall(function() lvl2() end))
print(pcall(lvl0))
print(pcall(function()
    lvl3()
end))
print(pcall(lvl2))
print(pcall(error, "direct", 1))
