-- Coroutines suspended with upvalues still open become garbage, some while a
-- closure keeps the upvalue, some with nothing keeping it.
local keep = {}
for i = 1, 50 do
  local co = coroutine.wrap(function()
    local x = {i}
    local unused = {}
    keep[i] = function() return x[1] end
    local drop = function() return unused end
    coroutine.yield()
  end)
  co()
end
collectgarbage()
collectgarbage()
local sum = 0
for i = 1, 50 do sum = sum + keep[i]() end
print(sum)
keep = nil
collectgarbage()
print("done")
