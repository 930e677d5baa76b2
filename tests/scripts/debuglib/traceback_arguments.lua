-- traceback: message, level, and values other than strings
local function show(s) print((string.gsub(s, "0x%x+", "ADDR"))) end
local function f() return debug.traceback("msg", 1) end
show(f())
show(debug.traceback("lvl2", 2))
show(debug.traceback(42, 1))
show(debug.traceback())
local t = {}
print(debug.traceback(t) == t)
print(pcall(debug.traceback, "m", "x"))
