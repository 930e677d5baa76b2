-- tracebacks and error positions through a builtin written in Lua
local function show(s) print((s:gsub("0x%x+", "ADDR"))) end
table.foreach({1}, function() show(debug.traceback("named")) end)
pcall(table.foreachi, {1}, function() show(debug.traceback("unnamed")) end)
print(pcall(table.foreach, {1}, function() error("level 2", 2) end))
print(pcall(table.foreachi, {1}, function() error("level 3", 3) end))
print(pcall(math.deg, {}))
print(pcall(function() local d = math.rad(true) return d end))
show(select(2, xpcall(function() local d = math.deg(nil) return d end, debug.traceback)))
