local dir = assert(os.getenv("NANLUA_TEST_CMODULES"), "NANLUA_TEST_CMODULES names the test modules' directory (make check-scripts sets it)")
package.path = ""
package.cpath = dir .. "/?.so"
-- messages name files by their place in the build; print them without it
local function hide(s) return (tostring(s):gsub(dir:gsub("%p", "%%%0"), "<modules>")) end
-- the C API as a compiled module uses it: buffers, upvalues, calls, references
local t = require "nltest"
print(#t.repeat_join(3000, "ab", 1), t.repeat_join(2, "x", 1.5))
local c = t.counter(10)
print(c(), c(), c())
print(t.call(function(...) return select("#", ...), ... end, 1, nil, 3))
print(t.pcall(error, "oops"))
print(t.pcall(function() return "fine" end))
print(t.types(1, "s", nil, {}, print, true, t.newbox(1)))
print(t.ref("referenced"))
