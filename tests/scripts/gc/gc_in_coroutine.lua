-- Finalizers run on the thread that ran the collection, a coroutine too;
-- they cannot yield it.
local co = coroutine.wrap(function()
  do
    local u = newproxy(true)
    getmetatable(u).__gc = function() print("in __gc", coroutine.running() ~= nil, pcall(coroutine.yield, 1)) end
  end
  collectgarbage()
  return "done"
end)
print(co())
