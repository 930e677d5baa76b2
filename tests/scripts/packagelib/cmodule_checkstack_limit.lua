local dir = assert(os.getenv("NANLUA_TEST_CMODULES"), "NANLUA_TEST_CMODULES names the test modules' directory (make check-scripts sets it)")
package.path = ""
package.cpath = dir .. "/?.so"
-- luaL_checkstack refuses to take a C function's frame past 8000 slots, its
-- arguments included (LuaJIT's limit): types(...) pushes one string per
-- argument, so 4000 arguments fit and 4001 do not.
local t = require "nltest"
local args = {}
for i = 1, 4001 do args[i] = i end
print(select('#', t.types(unpack(args, 1, 4000))))
print(pcall(t.types, unpack(args, 1, 4001)))
