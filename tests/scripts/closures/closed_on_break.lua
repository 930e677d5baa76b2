-- upvalues are closed correctly when leaving a loop with break
local fs = {}
for i = 1, 10 do
  local v = i * 2
  fs[#fs + 1] = function() return v end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[2](), fs[3]())
