-- continue-style goto in repeat-until cannot skip into a local's scope
print(loadstring("repeat if x then goto c end local y = 1 ::c:: until y"))
local n = 0
repeat
  n = n + 1
  if n % 2 == 1 then goto c end
  ::c::
until n >= 4
print(n)
