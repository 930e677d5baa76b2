-- a goto leaving a block closes its upvalues; each pass gets a new local
local fs = {}
local i = 1
::top::
do
  local x = i
  fs[i] = function() return x end
  i = i + 1
  if i <= 3 then goto top end
end
print(fs[1](), fs[2](), fs[3]())
