-- the line event comes again when a called Lua function returns to the line
local function f(x) return x end
local lines = {}
debug.sethook(function(e, l) lines[#lines + 1] = l end, "l")
local a = f(1) local b = f(2) local c = math.abs(-1) local d = math.abs(-2)
local e = f(1) + f(2)
debug.sethook()
print(table.concat(lines, " "))
