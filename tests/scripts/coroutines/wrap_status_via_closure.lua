-- a wrap function yielding many times keeps its locals
local acc = coroutine.wrap(function()
  local total = 0
  while true do total = total + coroutine.yield(total) end
end)
acc()
print(acc(1), acc(2), acc(3), acc(10))
