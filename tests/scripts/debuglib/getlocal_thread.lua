-- getlocal of a suspended coroutine
local co = coroutine.create(function(p)
  local q = p * 2
  coroutine.yield()
end)
coroutine.resume(co, 5)
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
print(debug.getlocal(co, 1, 3))
print(pcall(debug.getlocal, co, 5, 1))
