-- coroutine.wrap returns a function that resumes
local gen = coroutine.wrap(function(a)
  local b = coroutine.yield(a * 2)
  local c = coroutine.yield(a + b)
  return "done", c
end)
print(gen(5))
print(gen(10))
print(gen("x"))
