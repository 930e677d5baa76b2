local dir = assert(os.getenv("NANLUA_TEST_CMODULES"), "NANLUA_TEST_CMODULES names the test modules' directory (make check-scripts sets it)")
package.path = ""
package.cpath = dir .. "/?.so"
-- messages name files by their place in the build; print them without it
local function hide(s) return (tostring(s):gsub(dir:gsub("%p", "%%%0"), "<modules>")) end
-- a userdata type of a C module: methods, __tostring, type checks, __gc
local t = require "nltest"
local b = t.newbox(2.5)
print(b:get(), tostring(b))
print(pcall(b.get, {}))
for i = 1, 10 do t.newbox(i) end
b = nil
collectgarbage()
collectgarbage()
print(t.collected)
