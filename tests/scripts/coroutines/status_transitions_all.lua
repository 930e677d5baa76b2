-- suspended -> running -> suspended -> dead, and normal while resuming another
local co
co = coroutine.create(function(a, b)
  print("inside", coroutine.status(co))
  local inner = coroutine.create(function() print("outer is", coroutine.status(co)) end)
  coroutine.resume(inner)
  print("inner", coroutine.status(inner))
  local c, d = coroutine.yield(a + b)
  return c, d
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, "x", "y"))
print(coroutine.status(co))
print(coroutine.resume(co))
