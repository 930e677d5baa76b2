-- LuaJIT writes table.foreach/foreachi in Lua: their callback may yield, and
-- an error at level 2 points into the builtin's chunk
local co = coroutine.wrap(function()
  table.foreach({ 10 }, function(k, v) coroutine.yield(v) end)
  table.foreachi({ 20 }, function(i, v) coroutine.yield(v) end)
  return "done"
end)
print(pcall(co))
print(pcall(co))
print(pcall(co))
print(pcall(table.foreach, { 1 }, function() error("inner", 2) end))
