-- __gc on a newproxy userdata runs during collection
local ran = 0
do
  local u = newproxy(true)
  getmetatable(u).__gc = function() ran = ran + 1 end
end
collectgarbage()
collectgarbage()
print(ran)
