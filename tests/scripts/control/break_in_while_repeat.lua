-- break inside while and repeat loops
local n = 0
while true do n = n + 1 if n == 7 then break end end
print(n)
repeat n = n - 1 if n == 2 then break end until false
print(n)
