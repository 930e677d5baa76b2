-- while, repeat and for nested together
local out = {}
local i = 0
while i < 2 do
  i = i + 1
  local j = 0
  repeat
    j = j + 1
    for k = 1, 2 do out[#out + 1] = i .. j .. k end
  until j == 2
end
print(table.concat(out, " "))
