-- leaving a block by goto closes its upvalues
local fs = {}
do
  local k = 0
  ::loop::
  do
    local v = k
    fs[#fs + 1] = function() v = v + 100 return v end
  end
  k = k + 1
  if k < 2 then goto loop end
end
print(fs[1](), fs[1](), fs[2]())
