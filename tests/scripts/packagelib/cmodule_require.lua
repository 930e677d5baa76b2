local dir = assert(os.getenv("NANLUA_TEST_CMODULES"), "NANLUA_TEST_CMODULES names the test modules' directory (make check-scripts sets it)")
package.path = ""
package.cpath = dir .. "/?.so"
-- messages name files by their place in the build; print them without it
local function hide(s) return (tostring(s):gsub(dir:gsub("%p", "%%%0"), "<modules>")) end
-- a C module (tests/modules/nltest.c) found on package.cpath and opened by luaopen_nltest
local t = require "nltest"
print(type(t), t.name, package.loaded.nltest == t, require "nltest" == t)
print(t.add(1, 2), t.add("3", 4.5))
print(pcall(t.add, 1, "x"))
print(pcall(t.fail, 42))
