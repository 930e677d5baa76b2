-- a yield goes to the coroutine's own resumer, not an outer one
local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function() coroutine.yield("inner1") return "inner done" end)
  coroutine.yield(inner())
  coroutine.yield(inner())
  return "outer done"
end)
print(outer(), outer(), outer())
local co = coroutine.create(function()
  local c2 = coroutine.create(function() error("c2 err") end)
  return coroutine.resume(c2)
end)
print(coroutine.resume(co))
