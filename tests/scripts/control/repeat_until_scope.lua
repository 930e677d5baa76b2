-- the until condition sees locals declared in the repeat body
local i = 0
repeat
  i = i + 1
  local done = i >= 3
until done
print(i)
local runs = 0
repeat runs = runs + 1 until true
print(runs)
