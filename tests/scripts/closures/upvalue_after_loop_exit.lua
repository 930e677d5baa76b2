-- a loop local captured by a closure keeps its last value after the loop
local get
for i = 1, 3 do
  local v = i
  get = function() return v end
  v = v * 10
end
print(get())
local fs = {}
local i = 0
while true do
  i = i + 1
  local c = i
  fs[i] = function() c = c + 1 return c end
  if i == 3 then break end
end
print(fs[1](), fs[2](), fs[3](), fs[1]())
