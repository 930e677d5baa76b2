-- updates expressed with ordinary assignment
local s = "a"
for i = 1, 3 do s = s .. i end
print(s)
local n = 10
n = n * 2 + 1
n = -n
print(n)
