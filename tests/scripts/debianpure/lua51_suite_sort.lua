-- The official Lua 5.1 test suite's sort.lua, as Debian ships it inside
-- golang-github-yuin-gopher-lua-dev; its asserts check the behaviour
local suite = "/usr/share/gocode/src/github.com/yuin/gopher-lua/_lua5.1-tests"
os.clock = function() return 0 end -- the suite prints timings
dofile(suite .. "/sort.lua")
