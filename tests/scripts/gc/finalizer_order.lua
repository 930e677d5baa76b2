-- Finalizers of userdata that die in the same cycle run newest first.
-- The collector is stopped so that no automatic cycle (whose timing depends
-- on everything allocated before, the environment included) finalizes early.
collectgarbage("stop")
for i = 1, 5 do
  local u = newproxy(true)
  getmetatable(u).__gc = function() print("gc", i) end
end
collectgarbage()
print("--")
local t = {}
for i = 1, 5 do
  local u = newproxy(true)
  getmetatable(u).__gc = function() print("gc", i) end
  t[i] = u
end
t[3] = nil
collectgarbage()
print("--")
t = nil
collectgarbage()
print("end")
