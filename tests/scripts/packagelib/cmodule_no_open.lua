local dir = assert(os.getenv("NANLUA_TEST_CMODULES"), "NANLUA_TEST_CMODULES names the test modules' directory (make check-scripts sets it)")
package.path = ""
package.cpath = dir .. "/?.so"
-- messages name files by their place in the build; print them without it
local function hide(s) return (tostring(s):gsub(dir:gsub("%p", "%%%0"), "<modules>")) end
-- a C library without the luaopen_ function require looks for
print(hide(select(2, pcall(require, "nlnoopen"))))
