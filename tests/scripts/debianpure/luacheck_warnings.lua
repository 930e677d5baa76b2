-- luacheck (Debian lua-check) as a library: warnings for a small source
local luacheck = require "luacheck"
local src = [[
local x = 1
local function f(a, b) return a end
y = z + 1
for i = 1, 3 do end
local t = {a = 1, a = 2}
if x then else end
return f
]]
local report = luacheck.check_strings({src, "local = 1"})
for _, w in ipairs(report[1]) do print(w.line, w.column, w.code, luacheck.get_message(w)) end
for _, w in ipairs(report[2]) do print(w.line, w.column, w.code, luacheck.get_message(w)) end
print(report.warnings, report.errors, report.fatals)
