-- a coroutine may yield inside every metamethod the VM calls
local mt = {__index = function(t, k) return coroutine.yield("index " .. k) end,
  __add = function() return coroutine.yield("add") end,
  __lt = function() return coroutine.yield("lt") end,
  __le = function() return coroutine.yield("le") end,
  __concat = function() return coroutine.yield("concat") end,
  __eq = function() return coroutine.yield("eq") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
  __newindex = function(t, k) coroutine.yield("newindex " .. k) end,
  __unm = function() return coroutine.yield("unm") end}
local obj = setmetatable({}, mt)
local obj2 = setmetatable({}, mt)
local co = coroutine.wrap(function()
  print("r1", obj.foo)
  print("r2", obj + 1)
  print("r3", obj < obj2)
  print("r4", obj <= obj2)
  print("r5", "a" .. obj .. "b")
  print("r6", obj == obj2)
  print("r7", obj("arg"))
  obj.bar = 1
  print("r8", -obj)
  print("r9", not (obj < obj2))
  return "fin"
end)
print(co())
print(co("v1"))
print(co(7))
print(co(false))
print(co(nil))
print(co("cc"))
print(co(1))
print(co("called"))
print(co())
print(co("neg"))
print(co(true))
