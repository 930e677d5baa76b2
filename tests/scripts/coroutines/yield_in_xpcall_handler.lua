-- yielding inside an xpcall message handler is an error in error handling
local co = coroutine.create(function()
  return xpcall(function() error("E") end, function(m) local r = coroutine.yield("h") return r .. m end)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "R:"))
