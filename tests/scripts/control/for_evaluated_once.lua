-- for limits and step are evaluated once, before the loop starts
local calls = 0
local function lim() calls = calls + 1 return 3 end
local last
for i = 1, lim() do last = i end
print(last, calls)
local limit = 3
local n = 0
for i = 1, limit do limit = 10 n = n + 1 end
print(n)
