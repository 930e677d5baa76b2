-- a backward goto makes a new instance of the locals after the label
local fs = {}
do
  local i = 1
  ::again::
  local x = i
  fs[i] = function() return x end
  i = i + 1
  if i <= 3 then goto again end
end
print(fs[1](), fs[2](), fs[3]())
