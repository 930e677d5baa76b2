-- modifying the loop variable in the body does not change the iteration
local seen = {}
for i = 1, 3 do
  local f = function() i = i * 100 end
  f()
  seen[#seen + 1] = i
end
print(table.concat(seen, " "))
