-- The official Lua 5.1 test suite's nextvar.lua, as Debian ships it inside
-- golang-github-yuin-gopher-lua-dev; its asserts check the behaviour
local suite = "/usr/share/gocode/src/github.com/yuin/gopher-lua/_lua5.1-tests"
math.mod = math.fmod -- a Lua 5.0 name the suite still uses; LuaJIT has only fmod
dofile(suite .. "/nextvar.lua")
