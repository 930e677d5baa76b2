local dir = assert(os.getenv("NANLUA_TEST_CMODULES"), "NANLUA_TEST_CMODULES names the test modules' directory (make check-scripts sets it)")
package.path = ""
package.cpath = dir .. "/?.so"
-- messages name files by their place in the build; print them without it
local function hide(s) return (tostring(s):gsub(dir:gsub("%p", "%%%0"), "<modules>")) end
-- a hyphen in a module name: the file is named after it all, luaopen_ after the rest
local v = require "v2-nltest"
print(v.name, v.add(2, 3), package.loaded["v2-nltest"] == v)
