-- closures created inside a coroutine keep their upvalues after it ends
local getters = {}
local co = coroutine.create(function()
  for i = 1, 3 do
    local v = "co" .. i
    getters[i] = function() return v end
    coroutine.yield()
  end
end)
for _ = 1, 4 do coroutine.resume(co) end
print(coroutine.status(co), getters[1](), getters[2](), getters[3]())
