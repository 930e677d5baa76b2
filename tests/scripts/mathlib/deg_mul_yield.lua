-- deg and rad are Lua code: a __mul metamethod they reach may yield
local co = coroutine.wrap(function()
  local scaled = setmetatable({}, {__mul = function(a, k) return coroutine.yield(k > 1 and "deg" or "rad") end})
  return math.deg(scaled), math.rad(scaled)
end)
print(co())
print(co(1))
print(co(2))
