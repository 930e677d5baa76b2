-- numeric for with default step, explicit step, and empty ranges
local s = ""
for i = 1, 5 do s = s .. i end
print(s)
s = ""
for i = 10, 1, -3 do s = s .. i .. " " end
print(s)
local n = 0
for i = 1, 0 do n = n + 1 end
for i = 0, 1, -1 do n = n + 1 end
print(n)
