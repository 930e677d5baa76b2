-- Finalizers of userdata that die in the same cycle run newest first.
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
