-- locals declared in a loop body are fresh per iteration
local fs = {}
local j = 0
while j < 3 do
  j = j + 1
  local k = j * 10
  fs[j] = function() k = k + 1 return k end
end
print(fs[1](), fs[1](), fs[2](), fs[3]())
