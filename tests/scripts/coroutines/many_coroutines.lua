-- many live coroutines at once keep independent state
local cos = {}
for i = 1, 100 do
  cos[i] = coroutine.wrap(function() local n = i while true do n = n + i coroutine.yield(n) end end)
end
local s = 0
for round = 1, 3 do for i = 1, 100 do s = s + cos[i]() end end
print(s)
