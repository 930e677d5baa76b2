-- An error in __gc reaches the code that ran the collection; the collector
-- and the other finalizers carry on.
do
  local u = newproxy(true)
  getmetatable(u).__gc = function() error("boom") end
end
print(pcall(collectgarbage))
do
  local u = newproxy(true)
  getmetatable(u).__gc = function() error({code = 7}) end
end
local ok, e = pcall(collectgarbage)
print(ok, type(e), e.code)
do
  local u = newproxy(true)
  getmetatable(u).__gc = function() print("second one runs") end
end
print(pcall(collectgarbage))
local t = {}
for i = 1, 100 do t[i] = {i} end
print(#t, t[100][1])
