-- a thousand short-lived coroutines
local count = 0
for i = 1, 1000 do
  local c = coroutine.wrap(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
  count = count + c(i) + c(i)
end
print(count)
