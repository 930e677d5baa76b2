-- yielding from inside a metamethod
local mt = {__index = function(t, k) return coroutine.yield(k) end}
local co = coroutine.wrap(function()
  local t = setmetatable({}, mt)
  return "result: " .. t.missing
end)
print(co())
print(co("supplied"))
