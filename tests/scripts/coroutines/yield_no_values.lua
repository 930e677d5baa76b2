-- yield and resume with no values
local co = coroutine.create(function(...)
  print(select("#", ...))
  print(select("#", coroutine.yield()))
  return
end)
print(select("#", coroutine.resume(co)))
print(select("#", coroutine.resume(co)))
