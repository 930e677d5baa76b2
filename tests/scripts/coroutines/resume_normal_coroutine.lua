-- Resuming a coroutine that is itself resuming another one ("normal" status)
-- fails like resuming the running one: "cannot resume running coroutine".
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function()
    print("status of outer:", coroutine.status(outer))
    return coroutine.resume(outer)
  end)
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
local self
self = coroutine.create(function() return coroutine.resume(self) end)
print(coroutine.resume(self))
-- through wrap the same message is raised, with the caller's position
local w
w = coroutine.wrap(function()
  local inner = coroutine.wrap(function() w() end)
  inner()
end)
print(pcall(w))
