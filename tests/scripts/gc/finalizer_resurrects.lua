-- A finalizer that stores its userdata keeps it usable; it is not finalized
-- a second time.
local saved
local count = 0
do
  local u = newproxy(true)
  local mt = getmetatable(u)
  mt.__gc = function(x) count = count + 1 saved = x end
  mt.__index = function(_, k) return "field " .. k end
end
collectgarbage()
print(count, saved ~= nil, saved and saved.name)
saved = nil
collectgarbage()
collectgarbage()
print(count)
