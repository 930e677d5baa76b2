-- a tail call leaves no level behind: tc's own `return getfenv(2)` replaces
-- tc, and caller's `return tc()` replaces caller, so level 2 is further out
local function tc() return getfenv(2) end
local env = {getfenv = getfenv}
local function caller() return tc() end
setfenv(caller, env)
print(caller() == _G)
local function nontail() local e = tc() return e end
setfenv(nontail, env)
print(nontail() == env)
