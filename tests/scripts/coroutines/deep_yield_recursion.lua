-- a yield from deep inside recursive Lua calls, and a pcall between
local co = coroutine.create(function()
  local function deep(n) if n == 0 then return coroutine.yield("deep") end return deep(n - 1) end
  return deep(100)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "back"))
co = coroutine.create(function()
  local function deep(n) if n == 0 then return coroutine.yield("bottom") end local ok, v = pcall(deep, n - 1) return v end
  return deep(50)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "up"))
