local dir = assert(os.getenv("NANLUA_TEST_CMODULES"), "NANLUA_TEST_CMODULES names the test modules' directory (make check-scripts sets it)")
package.path = ""
package.cpath = dir .. "/?.so"
-- messages name files by their place in the build; print them without it
local function hide(s) return (tostring(s):gsub(dir:gsub("%p", "%%%0"), "<modules>")) end
-- package.loadlib returns a C function of a library, or true for "*"
local f, e, w = package.loadlib(dir .. "/nltest.so", "luaopen_nltest_sub")
print(type(f), e, w, f("direct").name)
local g, msg, where = package.loadlib(dir .. "/nltest.so", "no_such_function")
print(g, hide(msg), where)
print(package.loadlib(dir .. "/nltest.so", "*"))
