-- while loops with conditions checked before each iteration
local i, s = 0, 0
while i < 10 do i = i + 1 s = s + i end
print(i, s)
while false do print("never") end
local n = 5
while n > 0 do n = n - 2 end
print(n)
