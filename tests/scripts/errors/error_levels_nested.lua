-- error levels point at the right caller; level 0 adds nothing
local function lvl(n) error("level " .. n, n) end
local function a() lvl(2) end
local function b() lvl(3) end
local function c() b() end
print(pcall(a))
print(pcall(c))
print(pcall(lvl, 1))
print(pcall(lvl, 0))
print(pcall(error, "msg", 2))
print(pcall(function() error("msg", 2) end))
