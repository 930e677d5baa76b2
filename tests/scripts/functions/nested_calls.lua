-- results of calls used as arguments to other calls
local function add(a, b) return a + b end
local function pair() return 3, 4 end
print(add(pair()))
print(add(add(1, 2), add(pair())))
print(math.max(pair()), math.min(5, pair()))
