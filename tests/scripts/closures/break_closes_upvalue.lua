-- break leaves the loop with the iteration's upvalues closed
local fs = {}
for i = 1, 10 do
  local v = i * 2
  fs[#fs + 1] = function() v = v + 1; return v end
  if i == 2 then break end
end
print(fs[1](), fs[1](), fs[2]())
