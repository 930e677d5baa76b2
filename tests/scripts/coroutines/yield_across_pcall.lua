-- LuaJIT allows yielding across pcall
local co = coroutine.create(function()
  local ok, v = pcall(function()
    local x = coroutine.yield("from inside pcall")
    return x * 2
  end)
  coroutine.yield(ok, v)
  local ok2, e = pcall(function()
    coroutine.yield("again")
    error("after yield")
  end)
  return ok2, e
end)
print(coroutine.resume(co))
print(coroutine.resume(co, 21))
print(coroutine.resume(co))
print(coroutine.resume(co))
