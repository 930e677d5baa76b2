-- loops with huge or infinite limits, and large integral float bounds
local n = 0
for i = 2^53 - 4, 2^53 - 2 do n = n + 1 end
print(n)
n = 0
for i = 1, math.huge do n = n + 1 if n == 5 then break end end
print(n)
n = 0
for i = 1, -math.huge do n = n + 1 end
print(n)
n = 0
for i = -math.huge, 0 do n = n + 1 break end
print(n)
