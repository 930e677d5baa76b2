-- local shadowing within the same block; the new local sees the old value
local a = 1
local a = a + 1
print(a)
local b, b = 1, 2
print(b)
local function s(x) local x = x * 10 return x end
print(s(3))
