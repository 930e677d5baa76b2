-- coroutine.running returns nil in the main thread in Lua 5.1
print(coroutine.running())
local co
co = coroutine.create(function()
  local r = coroutine.running()
  return r == co, type(r)
end)
print(coroutine.resume(co))
