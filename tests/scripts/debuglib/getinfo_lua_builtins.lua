-- the library functions LuaJIT writes in Lua look like its builtins to the
-- debug interface: source NAME, short_src [builtin:NAME], line 0, no local
-- or upvalue names and no upvalues
for _, name in ipairs({"foreach", "foreachi"}) do
  local f = table[name]
  local i = debug.getinfo(f)
  print(name, i.what, i.source, i.short_src, i.linedefined, i.lastlinedefined, i.nups, i.currentline)
  print(debug.getlocal(f, 1), debug.getupvalue(f, 1), getfenv(f) == _G)
end
for _, name in ipairs({"deg", "rad"}) do
  local i = debug.getinfo(math[name], "Su")
  print(name, i.what, i.source, i.short_src, i.linedefined, i.nups)
end
table.foreachi({1}, function()
  local i = debug.getinfo(2, "nSl")
  print(i.name, i.namewhat, i.currentline, i.short_src)
  print((debug.getlocal(2, 1)), type(select(2, debug.getlocal(2, 1))))
end)
local lines = debug.getinfo(table.foreach, "L").activelines
for k, v in pairs(lines) do print("active", k, v) end
